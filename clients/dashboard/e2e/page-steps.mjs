// Members (a member with only Orders:View), the audit log, and every page at 1280 px and 375 px.
import { assert, until } from "./harness.mjs";

export const storePagePaths = [
    "overview", "orders", "customers", "subscriptions", "packages", "categories", "coupons", "sales", "gift-cards", "bans",
    "webhooks", "members", "api-keys", "servers", "audit",
];

export async function memberSteps(ctx) {
    const { page, browser, baseUrl, api, step, storeId, unique } = ctx;
    const memberEmail = `member-${unique}@example.com`;
    const memberPassword = "member-password-123";

    await step("members: invite a member with only Orders:View; the audit log lists the owner's changes", async () => {
        await page.goto(`/dashboard/#/stores/${storeId}/members`);
        await page.locator(`tr[data-name='${ctx.email}'] td[data-label='Role']`).getByText("Owner").waitFor();
        await page.getByRole("button", { name: "Invite member" }).click();
        const form = page.getByRole("dialog", { name: "Invite member" });
        await form.getByLabel("Email").fill(memberEmail);
        await form.getByRole("button", { name: "Send invitation" }).click();
        await form.getByText("Choose at least one: Permissions.").waitFor();
        await form.getByLabel("Orders:View").check();
        await form.getByRole("button", { name: "Send invitation" }).click();
        await page.getByRole("table", { name: "Invitations" }).getByText("Orders:View").waitFor(); // the email is masked

        assert((await api("POST", "/api/auth/register", { body: { email: memberEmail, password: memberPassword } })).status < 300, "member registers");
        const token = (await api("POST", "/api/auth/login", { body: { email: memberEmail, password: memberPassword } })).json.data.accessToken;
        const invitations = (await api("GET", "/api/auth/invitations", { token })).json.data;
        const accepted = await api("POST", `/api/auth/invitations/${invitations[0].id}/accept`, { token });
        assert(accepted.status < 300, `accept: ${accepted.status}`);
        await page.reload();
        await page.getByRole("table", { name: "Members" }).locator("td[data-label='Permissions']").getByText("Orders:View").waitFor();

        await page.goto(`/dashboard/#/stores/${storeId}/audit`);
        const log = page.getByRole("table", { name: "Audit log" });
        await log.locator("tbody tr").first().waitFor();
        const actions = await log.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.action));
        assert(actions.some((a) => /gift.*reveal/i.test(a)), `the gift card code reveal is in the audit log: ${actions.join(", ")}`);
        assert(actions.some((a) => /package/i.test(a)) && actions.some((a) => /ban/i.test(a)), `the owner's writes are in the audit log: ${actions.join(", ")}`);
        await log.locator("tr[data-action*='ban']").first().getByRole("button", { name: "Same resource" }).click();
        await page.getByText("Showing only changes to this").waitFor();
        await until("only the ban's entries are listed", async () => {
            const only = await log.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.action));
            return only.length >= 1 && only.every((a) => /ban/i.test(a));
        });
        await page.screenshot({ path: `${ctx.shots}/17-audit-filtered.png`, fullPage: true });
    });

    await step("a member with only Orders:View sees orders and a clear message on Packages", async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, baseURL: baseUrl });
        const member = await context.newPage();
        member.setDefaultTimeout(15000);
        try {
            await member.goto("/dashboard/");
            await member.getByLabel("Email").fill(memberEmail);
            await member.getByLabel("Password").fill(memberPassword);
            await member.getByRole("button", { name: "Sign in" }).click();
            await member.getByRole("heading", { name: "Your stores" }).waitFor();
            await member.goto(`/dashboard/#/stores/${storeId}/orders`);
            await member.locator("tr[data-player='Notch']").waitFor();
            await member.goto(`/dashboard/#/stores/${storeId}/packages`);
            const alert = member.getByRole("alert");
            await alert.waitFor();
            const text = await alert.innerText();
            assert(text.includes("Not allowed") && text.includes("Packages: View"), `the message on Packages: ${text}`);
            await member.screenshot({ path: `${ctx.shots}/15-member-without-packages.png`, fullPage: true });
        } finally {
            await context.close();
        }
    });
}

export async function pageScreenshots(ctx) {
    const { page, step, storeId, shots } = ctx;
    await step("keyboard only: skip link, store navigation, a form opened, filled and closed without the mouse", async () => {
        await page.goto(`/dashboard/#/stores/${storeId}/categories`);
        await page.reload(); // a fresh document: the first Tab starts at the top
        await page.locator("tr[data-name='Ranks']").waitFor();
        await page.keyboard.press("Tab");
        assert(await page.evaluate(() => document.activeElement?.textContent) === "Skip to content", "the first Tab reaches the skip link");
        const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
        for (let i = 0; i < 40 && (await focused()) !== "New category"; i++) await page.keyboard.press("Tab");
        assert(await focused() === "New category", "Tab reaches the page's main action");
        await page.keyboard.press("Enter");
        const form = page.getByRole("dialog", { name: "New category" });
        await form.waitFor();
        assert(await form.evaluate((d) => d.contains(document.activeElement)), "focus moves into the dialog");
        await page.keyboard.type("Kits");
        await page.keyboard.press("Enter");
        await page.locator("tr[data-name='Kits']").waitFor();
        await page.locator("tr[data-name='Kits']").getByRole("button", { name: "Delete Kits" }).focus();
        await page.keyboard.press("Enter");
        await page.keyboard.press("Escape");
        await page.getByRole("dialog", { name: "Delete this category?" }).waitFor({ state: "detached" });
        assert(await page.locator("tr[data-name='Kits']").count() === 1, "Escape closes the confirmation without deleting");
    });

    await step("every page at 1280 px and at 375 px without sideways scrolling", async () => {
        const paths = [...storePagePaths, `orders/${ctx.orderId}`];
        for (const width of [1280, 375]) {
            await page.setViewportSize({ width, height: width === 375 ? 812 : 860 });
            for (const path of paths) {
                await page.goto(`/dashboard/#/stores/${storeId}/${path}`);
                await page.locator("main h1").first().waitFor();
                await until(`${path} finished loading`, async () => (await page.getByRole("status").filter({ hasText: /^Loading/ }).count()) === 0);
                const alerts = await page.getByRole("alert").allInnerTexts();
                assert(alerts.length === 0, `${path} shows an error: ${alerts.join(" / ")}`);
                if (path === "overview") await page.waitForTimeout(300); // the chart draws after its data arrives
                const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                assert(overflow <= 0, `${path} scrolls sideways by ${overflow}px at ${width} px`);
                const name = path.startsWith("orders/") ? "order-detail" : path;
                await page.screenshot({ path: `${shots}/page-${name}-${width}.png`, fullPage: true });
                if (path === "packages") {
                    // The package form with its commands editor fits the width too.
                    await page.getByRole("button", { name: "Edit Gold rank" }).click();
                    const form = page.getByRole("dialog", { name: "Edit package Gold rank" });
                    await form.getByLabel("Command 1 content").waitFor();
                    const wide = await form.evaluate((d) => d.scrollWidth - d.clientWidth);
                    assert(wide <= 0, `the package form scrolls sideways by ${wide}px at ${width} px`);
                    await page.screenshot({ path: `${shots}/page-package-form-${width}.png` });
                    await form.getByRole("button", { name: "Cancel" }).click();
                }
            }
        }
        await page.setViewportSize({ width: 1280, height: 860 });
    });
}
