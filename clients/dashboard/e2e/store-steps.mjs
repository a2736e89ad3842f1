// The owner runs the store from the dashboard: catalogue, an order and its deliveries, a refund, promotions, webhooks.
import { createServer } from "node:http";
import { assert, until } from "./harness.mjs";

/** Today's net revenue on the Overview chart (the last bucket) and the 30 days' net total, as numbers. */
async function revenueNow(page) {
    const rows = page.locator("table[aria-label='Revenue per day'] tbody tr"); // in a closed <details>: not in the accessibility tree
    await rows.last().waitFor({ state: "attached" });
    const today = Number(await rows.last().getAttribute("data-net"));
    const total = Number(await page.locator("[data-total='Net revenue']").getAttribute("data-value"));
    return { today, total };
}

export async function storeSteps(ctx) {
    const { page, api, step, storeId, serverKey, email, password } = ctx;
    const go = (path) => page.goto(`/dashboard/#/stores/${storeId}/${path}`);
    const dialog = (name) => page.getByRole("dialog", { name });
    let token;
    let order;

    await step("categories: the form checks before sending, then a category is created", async () => {
        token = (await api("POST", "/api/auth/login", { body: { email, password } })).json.data.accessToken;
        await go("categories");
        await page.getByRole("heading", { name: "Categories" }).waitFor();
        await page.getByText("No categories yet.").waitFor();
        await page.getByRole("button", { name: "New category" }).click();
        const form = dialog("New category");
        await form.getByRole("button", { name: "Create category" }).click();
        const name = form.getByLabel("Name", { exact: true });
        const error = await form.locator(`#${await name.getAttribute("aria-describedby")}`).innerText();
        assert(error === "Name is required.", `the error beside the field: ${error}`);
        await name.fill("Ranks");
        await form.getByRole("button", { name: "Create category" }).click();
        await page.locator("tr[data-name='Ranks']").waitFor();
    });

    await step("packages: two packages with commands, then reordered with the arrows", async () => {
        await go("packages");
        await page.getByRole("heading", { name: "Packages" }).waitFor();
        for (const [name, price, command] of [["Gold rank", "10.00", "lp user {username} parent add gold"], ["Diamond pack", "2.50", "give {username} diamond {quantity}"]]) {
            await page.getByRole("button", { name: "New package" }).click();
            const form = dialog("New package");
            await form.getByLabel("Name", { exact: true }).fill(name);
            await form.getByLabel(/^Price/).fill(price);
            await form.getByLabel(/^Category/).selectOption({ label: "Ranks" });
            await form.getByRole("group", { name: /^Game servers/ }).getByLabel("survival-1").check();
            assert((await form.innerText()).includes("{packageName}"), "the commands editor lists the placeholders");
            await form.getByRole("button", { name: "Add command" }).click();
            await form.getByRole("button", { name: "Create package" }).click();
            await form.getByText("Command 1 needs its content").waitFor();
            await form.getByLabel("Command 1 content").fill(command);
            await form.getByRole("button", { name: "Create package" }).click();
            await page.locator(`tr[data-name='${name}']`).waitFor();
        }
        const names = () => page.locator("table[aria-label='Packages'] tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.name));
        const before = await names();
        assert(before.indexOf("Gold rank") === before.indexOf("Diamond pack") - 1, `order before: ${before}`);
        await page.getByRole("button", { name: "Move Diamond pack up" }).click();
        await until("Diamond pack moves above Gold rank", async () => {
            const now = await names();
            return now.indexOf("Diamond pack") === now.indexOf("Gold rank") - 1;
        });
        const listed = (await api("GET", `/api/stores/${storeId}/packages`, { token })).json.data.sort((a, b) => a.sortOrder - b.sortOrder).map((p) => p.name);
        assert(listed.indexOf("Diamond pack") < listed.indexOf("Gold rank"), `the API keeps the new order: ${listed}`);
        await page.screenshot({ path: `${ctx.shots}/12-packages-reordered.png`, fullPage: true });
    });

    await step("a manual order through /api/v1 shows on Overview and in Orders", async () => {
        const key = await api("POST", `/api/stores/${storeId}/api-keys`, { token, body: { name: "e2e orders", permissions: { Orders: ["View", "Edit"], Packages: ["View"] } } });
        const apiKey = key.json.data.key;
        const packages = (await api("GET", "/api/v1/packages", { apiKey })).json.data;
        const id = (name) => packages.find((p) => p.name === name).id;
        const placed = await api("POST", "/api/v1/orders", { apiKey, body: { playerUsername: "Notch", items: [{ packageId: id("Gold rank"), quantity: 1 }, { packageId: id("Diamond pack"), quantity: 2 }] } });
        assert(placed.status === 201 || placed.status === 200, `order: ${placed.status} ${JSON.stringify(placed.json)}`);
        order = placed.json.data;
        ctx.orderId = order.id;
        await go("overview");
        await page.getByRole("table", { name: "Latest orders" }).locator("tr[data-player='Notch']").waitFor();
        ctx.netBefore = await revenueNow(page);
        assert(ctx.netBefore.today >= 15, `today's net revenue on the chart includes the order: ${JSON.stringify(ctx.netBefore)}`);
        await go("orders");
        await page.getByRole("table", { name: "Orders" }).locator("tr[data-player='Notch']").waitFor();
        await page.getByLabel("Player").fill("Nobody");
        await page.getByRole("button", { name: "Filter", exact: true }).click();
        await page.getByText("No orders match these filters.").waitFor();
        await page.getByLabel("Player").fill("Notch");
        await page.getByRole("button", { name: "Filter", exact: true }).click();
        await page.getByLabel("Status").selectOption("paid");
        await page.locator("tr[data-player='Notch']").getByRole("link").click();
        await page.getByRole("heading", { name: "Order of Notch" }).waitFor();
    });

    await step("the order's deliveries are pending, then delivered after the plugin acknowledges them", async () => {
        const deliveries = page.getByRole("table", { name: "Deliveries" });
        const statuses = () => deliveries.locator("td[data-label='Status']").allInnerTexts();
        await until("two pending deliveries", async () => (await statuses()).join() === "Pending,Pending");
        const polled = await api("GET", "/api/plugin/v1/commands", { serverKey });
        assert(polled.status === 200 && polled.json.data.length === 2, `plugin poll: ${polled.status} ${JSON.stringify(polled.json)}`);
        const ack = await api("POST", "/api/plugin/v1/commands/ack", { serverKey, body: { ids: polled.json.data.map((c) => c.id) } });
        assert(ack.status === 200, `ack: ${ack.status}`);
        await page.getByRole("button", { name: "Refresh" }).click();
        await until("both delivered", async () => (await statuses()).join() === "Delivered,Delivered");
        assert((await deliveries.innerText()).includes("give Notch diamond 2"), "the rendered command is shown");
        await page.screenshot({ path: `${ctx.shots}/13-order-delivered.png`, fullPage: true });
    });

    await step("refund one item with a reason; the chart's net revenue drops by it", async () => {
        await page.getByRole("button", { name: "Refund…" }).click();
        const form = dialog("Refund this order?");
        await form.getByLabel("Chosen items").check();
        await form.getByRole("button", { name: "Refund", exact: true }).click();
        await form.getByText("Choose at least one item to refund.").waitFor();
        await form.getByLabel(/Diamond pack/).check();
        await form.getByLabel("Reason (optional)").fill("Bought by mistake");
        await form.getByRole("button", { name: "Refund", exact: true }).click();
        await page.getByRole("table", { name: "Refunds" }).getByText("Bought by mistake").waitFor();
        assert(await page.getByText("Partially Refunded").first().isVisible(), "the order is partially refunded");
        await go("overview");
        const after = await until("the chart's net revenue drops by the refund", async () => {
            const now = await revenueNow(page);
            return Math.abs(ctx.netBefore.today - now.today - 5) < 0.001 && Math.abs(ctx.netBefore.total - now.total - 5) < 0.001 ? now : (await page.reload(), false);
        });
        await page.screenshot({ path: `${ctx.shots}/16-overview-after-refund.png`, fullPage: true });
        assert(after.total < ctx.netBefore.total, "net revenue dropped");
        await page.goBack();
        const items = await page.getByRole("table", { name: "Items" }).locator("tr[data-name='Gold rank'] td[data-label='Refunded']").innerText();
        assert(items === "No", `Gold rank stays: ${items}`);
    });

    await step("coupons: a 400 from the API is shown beside the field it names", async () => {
        await go("coupons");
        await page.getByRole("button", { name: "New coupon" }).click();
        let form = dialog("New coupon");
        await form.getByLabel("Code", { exact: true }).fill("SUMMER10");
        await form.getByLabel("Discount", { exact: true }).fill("10");
        await form.getByRole("button", { name: "Create coupon" }).click();
        await page.locator("tr[data-name='SUMMER10']").getByText("Active").waitFor();
        await page.getByRole("button", { name: "New coupon" }).click();
        form = dialog("New coupon");
        await form.getByLabel("Code", { exact: true }).fill("summer10");
        await form.getByLabel("Discount", { exact: true }).fill("5");
        await form.getByRole("button", { name: "Create coupon" }).click();
        const code = form.getByLabel("Code", { exact: true });
        await until("the field names its problem", async () => (await code.getAttribute("aria-invalid")) === "true");
        const error = await form.locator(`#${await code.getAttribute("aria-describedby")}`).innerText();
        assert(error.includes("already exists"), `beside Code: ${error}`);
        await form.getByRole("button", { name: "Cancel" }).click();
    });

    await step("sales, gift cards (code revealed after confirming) and bans", async () => {
        await go("sales");
        await page.getByRole("button", { name: "New sale" }).click();
        let form = dialog("New sale");
        await form.getByLabel("Name", { exact: true }).fill("Weekend sale");
        await form.getByLabel("Discount (%)").fill("20");
        await form.getByRole("button", { name: "Create sale" }).click();
        await page.locator("tr[data-name='Weekend sale']").getByText("Active").waitFor();

        await go("gift-cards");
        await page.getByRole("button", { name: "New gift card" }).click();
        form = dialog("New gift card");
        await form.getByLabel(/^Amount/).fill("25");
        await form.getByLabel("Recipient name (optional)").fill("Alex");
        await form.getByRole("button", { name: "Create gift card" }).click();
        await page.locator("tr[data-name='Alex']").waitFor();
        await page.getByRole("button", { name: "Reveal code of Alex" }).click();
        await dialog("Reveal this gift card's code?").getByRole("button", { name: "Reveal code" }).click();
        const code = (await dialog("Gift card code").getByTestId("gift-card-code").innerText()).trim();
        assert(code.length >= 8, `a code is shown: ${code.length} characters`);
        await dialog("Gift card code").getByRole("button", { name: "Close" }).click();

        await go("bans");
        await page.getByRole("button", { name: "New ban" }).click();
        form = dialog("New ban");
        await form.getByRole("button", { name: "Create ban" }).click();
        await form.getByText("Give a player name, a UUID or an IP address.").waitFor();
        await form.getByLabel("Player name (optional)").fill("Griefer");
        await form.getByLabel("Reason (optional)").fill("Griefing spawn");
        await form.getByRole("button", { name: "Create ban" }).click();
        await page.locator("tr[data-name='Griefer']").getByText("Active").waitFor();
    });

    await step("webhooks: add an endpoint (secret shown once), see a test delivery in its log, resend it, roll the secret", async () => {
        const received = [];
        const receiver = createServer((req, res) => {
            let body = "";
            req.on("data", (c) => { body += c; });
            req.on("end", () => { received.push(body); res.writeHead(200).end("ok"); });
        });
        await new Promise((r) => receiver.listen(0, "127.0.0.1", r));
        try {
            await go("webhooks");
            await page.getByRole("button", { name: "Add endpoint" }).click();
            const form = dialog("Add endpoint");
            await form.getByLabel("URL").fill(`http://127.0.0.1:${receiver.address().port}/hook`);
            await form.getByRole("button", { name: "Add endpoint" }).click();
            const shown = dialog("Key shown once");
            assert((await shown.getByTestId("secret").innerText()).trim().length > 10, "the signing secret is shown");
            await shown.getByRole("button", { name: "I have stored it safely" }).click();
            await page.getByRole("link", { name: "Deliveries" }).click();
            await page.getByText("No deliveries yet").waitFor();
            await page.getByRole("button", { name: "Send test event" }).click();
            const row = page.getByRole("table", { name: "Deliveries" }).locator("tr[data-event='webhook.test']");
            await until("the test delivery is in the log", async () => {
                if (await row.count() > 0) return true;
                await page.getByRole("button", { name: "Refresh" }).click();
                await page.waitForTimeout(500);
                return false;
            }, 20000);
            await row.locator("td[data-label='Result']").getByText("Succeeded").waitFor();
            assert(received.some((b) => b.includes("webhook.test")), "the receiver got the test event");
            await row.first().getByRole("button", { name: "Resend" }).click();
            await until("the resent delivery is in the log", async () => {
                await page.getByRole("button", { name: "Refresh" }).click();
                await page.waitForTimeout(400);
                return (await row.count()) >= 2;
            }, 20000);
            await page.getByRole("button", { name: "Roll secret" }).click();
            await dialog("Roll the signing secret?").getByRole("button", { name: "Roll secret" }).click();
            await dialog("Key shown once").getByRole("button", { name: "I have stored it safely" }).click();
            await page.screenshot({ path: `${ctx.shots}/14-webhook-deliveries.png`, fullPage: true });
        } finally {
            receiver.close();
        }
    });

    await step("customers: search and a customer's orders", async () => {
        await go("customers");
        await page.getByLabel("Search").fill("Not");
        await page.getByRole("button", { name: "Search" }).click();
        await page.getByRole("button", { name: "Orders of Notch" }).click();
        await page.getByRole("table", { name: "Orders of Notch" }).locator("tr[data-player='Notch']").waitFor();
    });
}
