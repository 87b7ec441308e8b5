import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { formatDay } from "@/lib/format";
import { listUsers } from "@/lib/users/manage-users";
import { CreateUserForm, UserControls } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser();
  if (!can(user.role, "manage-users")) notFound();
  const users = await listUsers();
  return (
    <>
      <div className="page-head">
        <h1>Users</h1>
      </div>
      <ul className="small muted">
        {Object.values(ROLE_LABELS).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <table className="list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Since</th>
            <th>Role and access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name} {u.banned && <span className="status">disabled</span>}
              </td>
              <td>{u.email}</td>
              <td className="small">{formatDay(u.createdAt)}</td>
              <td>
                <UserControls
                  user={{ id: u.id, name: u.name, role: u.role, banned: Boolean(u.banned) }}
                  self={u.id === user.id}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="section-title">Add a user</h2>
      <CreateUserForm />
    </>
  );
}
