// Who may do what. Checked on the server for every action and route handler;
// pages only use it to hide what a role cannot do.

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  "read" | "export" | "import" | "tag" | "annotate" | "resolve" | "delete" | "restore" | "manage-users" | "backup";

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ["read", "export"],
  editor: ["read", "export", "import", "tag", "annotate", "resolve", "delete", "restore"],
  admin: ["read", "export", "import", "tag", "annotate", "resolve", "delete", "restore", "manage-users", "backup"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? GRANTS[role].includes(permission) : false;
}

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer: reads and exports",
  editor: "Editor: imports, tags, edits, notes, resolves",
  admin: "Admin: manages users and everything else",
};
