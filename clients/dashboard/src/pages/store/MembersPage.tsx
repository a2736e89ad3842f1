import { useState } from "react";
import { MembersClient, StoreInvitationsClient, type InvitationDto, type MemberDto } from "@fluxstore/client";
import { formatDate, memberPermissions, session } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { FormDialog } from "../../components/FormDialog.tsx";
import { ConfirmDialog, useLoad } from "../../ui.tsx";
import { type StorePageProps } from "./types.ts";

const permissionText = (p: string[]) => (p.length === memberPermissions.length ? "Everything" : p.join(", ") || "None");

export function MembersPage({ storeId, store }: StorePageProps) {
    const members = useLoad(async () => (await new MembersClient(session).list(storeId)).data ?? [], [storeId]);
    const invitations = useLoad(async () => (await new StoreInvitationsClient(session).list(storeId)).data ?? [], [storeId]);
    const [inviting, setInviting] = useState(false);
    const [removing, setRemoving] = useState<MemberDto>();
    const [revoking, setRevoking] = useState<InvitationDto>();
    const pending = (invitations.data ?? []).filter((i) => i.status.toLowerCase() === "pending");

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Members</p>
            <div className="heading">
                <h1>Members</h1>
                <button type="button" className="primary" onClick={() => setInviting(true)}>Invite member</button>
            </div>
            <p className="hint">A member sees and changes only what their permissions allow; the owner holds every permission.</p>
            <ListState loading={members.loading && !members.data} error={members.error} empty={(members.data ?? []).length === 0} what="members" need="Stores: View">
                <DataTable label="Members" rows={members.data ?? []} rowKey={(m) => m.userId} rowProps={(m) => ({ "data-name": m.email })}
                    columns={[
                        { label: "Member", render: (m) => <>{m.displayName ?? m.email}{m.displayName && <span className="hint"> {m.email}</span>}</> },
                        { label: "Role", render: (m) => (m.isOwner ? "Owner" : "Member") },
                        { label: "Permissions", render: (m) => (m.isOwner ? "Everything" : permissionText(m.permissions)) },
                        { label: "Since", render: (m) => formatDate(m.createdAt) },
                    ]}
                    actions={(m) => !m.isOwner && <button type="button" className="danger" onClick={() => setRemoving(m)}>Remove</button>} />
            </ListState>
            <section>
                <h2>Pending invitations</h2>
                <ListState loading={invitations.loading && !invitations.data} error={invitations.error} empty={pending.length === 0} what="pending invitations" need="Stores: Edit">
                    <DataTable label="Invitations" rows={pending} rowKey={(i) => i.id} columns={[
                        { label: "Email", render: (i) => i.email },
                        { label: "Permissions", render: (i) => permissionText(i.permissions) },
                        { label: "Expires", render: (i) => formatDate(i.expiresAt) },
                        { label: "Status", render: (i) => <StatusBadge status={i.status} /> },
                    ]}
                    actions={(i) => <button type="button" className="danger" onClick={() => setRevoking(i)}>Revoke</button>} />
                </ListState>
            </section>
            {inviting && (
                <FormDialog title="Invite member" submitLabel="Send invitation" onClose={() => setInviting(false)}
                    intro={<p className="hint">The person accepts the invitation after signing in with this email address.</p>}
                    initial={{ email: "", permissions: [] }}
                    fields={[
                        { name: "email", label: "Email", kind: "text", required: true, maxLength: 254,
                            validate: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(v).trim()) ? undefined : "Enter an email address like name@example.com.") },
                        { name: "permissions", label: "Permissions", kind: "multi", required: true, options: memberPermissions.map((p) => ({ value: p, label: p })) },
                    ]}
                    onSubmit={async (v) => {
                        await new MembersClient(session).invite(storeId, { email: String(v.email).trim(), permissions: v.permissions as string[] });
                        setInviting(false);
                        invitations.reload();
                    }} />
            )}
            {revoking && (
                <ConfirmDialog title="Revoke this invitation?" text={<>The invitation for <strong>{revoking.email}</strong> can no longer be accepted.</>}
                    confirmLabel="Revoke invitation" onClose={() => setRevoking(undefined)}
                    onConfirm={async () => { await new StoreInvitationsClient(session).revoke(storeId, revoking.id); invitations.reload(); }} />
            )}
            {removing && (
                <ConfirmDialog title="Remove this member?" text={<><strong>{removing.email}</strong> loses access to this store at once.</>}
                    confirmLabel="Remove member" onClose={() => setRemoving(undefined)}
                    onConfirm={async () => { await new MembersClient(session).remove(storeId, removing.userId); members.reload(); }} />
            )}
        </>
    );
}
