import { StoreBansClient, type BanDto } from "@fluxstore/client";
import { asCursorPage, formatDate, fromLocalInput, session, toLocalInput } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { ResourcePage, type ResourceConfig } from "../../components/ResourcePage.tsx";
import { str } from "../../components/fields.tsx";
import { type StorePageProps } from "./types.ts";

const banName = (b: BanDto) => b.playerUsername ?? b.playerUuid ?? b.ipAddress ?? b.id;

export function BansPage({ storeId, store }: StorePageProps) {
    const client = new StoreBansClient(session);
    const config: ResourceConfig<BanDto> = {
        title: "Bans", one: "ban", many: "bans", area: "Bans",
        load: async ({ after, before }) => asCursorPage((await client.list(storeId, undefined, undefined, undefined, undefined, undefined, 25, after, before)).data),
        rowKey: (b) => b.id,
        rowName: banName,
        columns: [
            { label: "Player", render: (b) => b.playerUsername ?? "—" },
            { label: "UUID", render: (b) => b.playerUuid ? <code>{b.playerUuid}</code> : "—" },
            { label: "IP address", render: (b) => b.ipAddress ?? "—" },
            { label: "Reason", render: (b) => b.reason ?? "—" },
            { label: "Expires", render: (b) => (b.expiresAt ? formatDate(b.expiresAt) : "Never") },
            { label: "Status", render: (b) => <StatusBadge status={b.status} /> },
        ],
        fields: () => [
            { name: "playerUsername", label: "Player name", kind: "text", maxLength: 32,
                validate: (v, all) => (!str(v) && !str(all.playerUuid) && !str(all.ipAddress) ? "Give a player name, a UUID or an IP address." : undefined) },
            { name: "playerUuid", label: "Player UUID", kind: "text", maxLength: 36 },
            { name: "ipAddress", label: "IP address", kind: "text", maxLength: 45 },
            { name: "reason", label: "Reason", kind: "textarea", maxLength: 500 },
            { name: "expiresAt", label: "Expires", kind: "datetime", hint: "Empty: the ban never ends." },
        ],
        initial: (b) => ({ playerUsername: b?.playerUsername ?? "", playerUuid: b?.playerUuid ?? "", ipAddress: b?.ipAddress ?? "", reason: b?.reason ?? "", expiresAt: toLocalInput(b?.expiresAt) }),
        save: async (v, b) => {
            const body = { playerUsername: str(v.playerUsername), playerUuid: str(v.playerUuid), ipAddress: str(v.ipAddress), reason: str(v.reason), expiresAt: fromLocalInput(String(v.expiresAt)) };
            if (b) await client.update(storeId, b.id, body); else await client.create(storeId, body);
        },
        remove: async (b) => { await client.delete(storeId, b.id); },
        removeText: (b) => <>The ban of <strong>{banName(b)}</strong> is lifted: they can buy again.</>,
        intro: <p className="hint">A banned player, UUID or address cannot place orders.</p>,
    };
    return <ResourcePage config={config} storeName={store?.name} />;
}
