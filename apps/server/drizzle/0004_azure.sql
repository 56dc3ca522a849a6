CREATE TYPE "public"."azure_subscription_offer" AS ENUM('pay_as_you_go', 'partner_benefit', 'enterprise_agreement', 'csp', 'azure_in_open', 'azure_pass', 'action_pack');--> statement-breakpoint
CREATE TYPE "public"."license_status" AS ENUM('active', 'disabled', 'expired');--> statement-breakpoint
CREATE TABLE "azure_credit_holders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"credit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "azure_credit_holders_credit_user_uq" UNIQUE("credit_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "azure_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"offer" "azure_subscription_offer" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "azure_subscriptions_id_company_uq" UNIQUE("id","company_id")
);
--> statement-breakpoint
CREATE TABLE "license_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"product" text NOT NULL,
	"seats" integer NOT NULL,
	"starts_on" date NOT NULL,
	"status" "license_status" DEFAULT 'active' NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"benefit_type" "benefit_type" NOT NULL,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "license_subscriptions_id_company_uq" UNIQUE("id","company_id"),
	CONSTRAINT "license_subscriptions_seats_ck" CHECK ("license_subscriptions"."seats" >= 0)
);
--> statement-breakpoint
CREATE TABLE "product_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"key_hash" text NOT NULL,
	"last_characters" char(5) NOT NULL,
	"product" text NOT NULL,
	"seats" integer NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"benefit_type" "benefit_type" NOT NULL,
	"expires_on" date NOT NULL,
	"redeemed_at" timestamp with time zone,
	"redeemed_by" uuid,
	"subscription_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_keys_key_hash_uq" UNIQUE("key_hash"),
	CONSTRAINT "product_keys_seats_ck" CHECK ("product_keys"."seats" > 0),
	CONSTRAINT "product_keys_redeemed_ck" CHECK (("product_keys"."redeemed_at" is null) = ("product_keys"."subscription_id" is null))
);
--> statement-breakpoint
ALTER TABLE "azure_credit_holders" ADD CONSTRAINT "azure_credit_holders_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "azure_credit_holders" ADD CONSTRAINT "azure_credit_holders_credit_id_azure_credits_id_fk" FOREIGN KEY ("credit_id") REFERENCES "public"."azure_credits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "azure_credit_holders" ADD CONSTRAINT "azure_credit_holders_user_fk" FOREIGN KEY ("user_id","company_id") REFERENCES "public"."users"("id","company_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "azure_credit_holders" ADD CONSTRAINT "azure_credit_holders_subscription_fk" FOREIGN KEY ("subscription_id","company_id") REFERENCES "public"."azure_subscriptions"("id","company_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "azure_subscriptions" ADD CONSTRAINT "azure_subscriptions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ADD CONSTRAINT "license_subscriptions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_subscription_fk" FOREIGN KEY ("subscription_id","company_id") REFERENCES "public"."license_subscriptions"("id","company_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "azure_credit_holders_company_idx" ON "azure_credit_holders" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "azure_subscriptions_company_idx" ON "azure_subscriptions" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "license_subscriptions_company_idx" ON "license_subscriptions" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "product_keys_company_idx" ON "product_keys" USING btree ("company_id");