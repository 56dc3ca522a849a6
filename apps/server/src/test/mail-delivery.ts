// The mail delivery job with test delays: retries after 1, 2, 4 s; a claim lost after 2 s.
import { mailDelivery } from '../modules/mail/delivery.js';

export const testMailDelivery = mailDelivery({
  retry: { limit: 3, delaySeconds: 1 },
  leaseSeconds: 2,
});
