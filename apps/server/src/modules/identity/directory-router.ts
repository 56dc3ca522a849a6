import {
  AddUserInput,
  AddUserResult,
  DirectoryListInput,
  DirectoryUser,
  listOf,
  RemoveUserInput,
  UpdateRolesInput,
} from '@pbc/contract';
import { z } from 'zod';
import { addUser, listDirectory, removeUser, updateRoles } from './directory.js';
import { authedProcedure, permissionProcedure, router } from '../../trpc/init.js';

export const directoryRouter = router({
  /** Every signed-in user reads the directory: assignment pickers need it. */
  list: authedProcedure
    .input(DirectoryListInput)
    .output(listOf(DirectoryUser))
    .query(async ({ ctx, input }) => ({
      items: await listDirectory(ctx.tx, ctx.session.companyId, input),
    })),
  add: permissionProcedure('directory.manage')
    .meta({ secretOutput: ['temporaryPassword'] })
    .input(AddUserInput)
    .output(AddUserResult)
    .mutation(({ ctx, input }) => addUser(ctx.tx, ctx, input)),
  updateRoles: permissionProcedure('directory.manage')
    .input(UpdateRolesInput)
    .output(DirectoryUser)
    .mutation(({ ctx, input }) => updateRoles(ctx.tx, ctx, input)),
  remove: permissionProcedure('directory.manage')
    .input(RemoveUserInput)
    .output(z.void())
    .mutation(({ ctx, input }) => removeUser(ctx.tx, ctx, input)),
});
