CREATE TYPE "public"."locale" AS ENUM('en-US', 'zh-CN');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sending', 'retrying', 'sent', 'failed', 'unsent');--> statement-breakpoint
CREATE TABLE "gtm_marketing_contacts" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"locale" "locale" NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"to_address" text NOT NULL,
	"to_name" text NOT NULL,
	"locale" "locale" NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"message_id" text NOT NULL,
	"status" "mail_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"topic_type" text NOT NULL,
	"topic_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mail_outbox_message_id_uq" UNIQUE("message_id")
);
--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activation_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activation_expected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activation_job_id" uuid;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "account_email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" "locale" DEFAULT 'en-US' NOT NULL;--> statement-breakpoint
ALTER TABLE "gtm_marketing_contacts" ADD CONSTRAINT "gtm_marketing_contacts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gtm_marketing_contacts" ADD CONSTRAINT "gtm_marketing_contacts_user_fk" FOREIGN KEY ("user_id","company_id") REFERENCES "public"."users"("id","company_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_company_idx" ON "mail_outbox" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_topic_idx" ON "mail_outbox" USING btree ("topic_id");