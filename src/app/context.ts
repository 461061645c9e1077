import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '../db/client';
import { RequestAuth } from '../modules/auth/request-auth';
import { createLoaders, type Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver receives: the services, and loaders fresh for this request. */
export interface Context {
  prisma: PrismaClient;
  services: Services;
  loaders: Loaders;
  /** The HTTP request (absent when an operation is executed in-process). */
  req?: IncomingMessage;
  /** The request's API key (Authorization: Bearer), checked on first use; writes call requireApiKey(ctx). */
  auth: RequestAuth;
}

export function createContext(prisma: PrismaClient, services: Services, req?: IncomingMessage): Context {
  return { prisma, services, loaders: createLoaders(services), req, auth: new RequestAuth(prisma, req) };
}
