export { rolesRouter } from './roles.routes';
export { setRoleFromCli } from './roles.service';
export { RoleChangeModel } from './role-change.model';
