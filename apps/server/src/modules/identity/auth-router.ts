import { Me, NoInput, SignInInput } from '@pbc/contract';
import { z } from 'zod';
import { signIn, signOut } from './auth.js';
import { getMe } from './directory.js';
import { authedProcedure, publicProcedure, router } from '../../trpc/init.js';

export const authRouter = router({
  /** Sets the `pbc_session` cookie. Runs outside the mutation transaction: failures must count. */
  signIn: publicProcedure
    .input(SignInInput)
    .output(Me)
    .mutation(({ ctx, input }) => signIn(ctx, input)),
  /** Revokes the session and clears the cookie. */
  signOut: authedProcedure
    .input(NoInput)
    .output(z.void())
    .mutation(({ ctx }) => signOut(ctx.tx, ctx)),
  /** The signed-in person, or null: the shell's sign-in gate. */
  me: publicProcedure
    .input(NoInput)
    .output(Me.nullable())
    .query(({ ctx }) => (ctx.session ? getMe(ctx.db, ctx.session) : null)),
});
