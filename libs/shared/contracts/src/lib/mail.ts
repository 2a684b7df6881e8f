/** An email the demo caught instead of sending (demo mode only): the product's mail, for a newcomer to read. */
export interface DemoMail {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}
