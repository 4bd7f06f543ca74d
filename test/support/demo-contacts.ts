import { SignJWT } from 'jose';

/** The email each demo order was placed with: the proof a shopper types. */
export const DEMO_EMAIL: Record<string, string> = {
  'BK-1001': 'somchai@example.com',
  'BK-1002': 'nok@example.com',
  'BK-1003': 'malee@example.com',
  'BK-1004': 'somchai@example.com',
  'BK-1005': 'arthit@example.com',
  'JK-2001': 'dewi@example.com',
  'JK-2002': 'budi@example.com',
  'JK-2003': 'dewi@example.com',
  'SG-3001': 'alex@example.com',
};

/** An order reference with its proof. */
export const proven = (orderId: string) => ({ orderId, email: DEMO_EMAIL[orderId]! });

/** A widget's attributes for a demo order and the email a shopper types for it (unknown orders: someone's email). */
export const withEmail = (order: string) => ({ order, email: DEMO_EMAIL[order] ?? 'somchai@example.com' });

/** The secret the test run's reference server verifies customer sign-ins with (test/support/reference-server.mjs). */
export const CUSTOMER_TOKEN_SECRET = 'test-customer-token-secret';

/** A store's customer sign-in token, as its login would issue one. */
export function customerToken(customerId: string, secret = CUSTOMER_TOKEN_SECRET, expiresIn = '1h'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
