CREATE TYPE "public"."activation_status" AS ENUM('not_activated', 'pending', 'active');--> statement-breakpoint
CREATE TYPE "public"."azure_credit_kind" AS ENUM('monthly', 'bulk');--> statement-breakpoint
CREATE TYPE "public"."benefit_type" AS ENUM('core', 'incremental');--> statement-breakpoint
CREATE TYPE "public"."gtm_offer_type" AS ENUM('silver_core', 'gold_core', 'isv_cosell_ready');--> statement-breakpoint
CREATE TYPE "public"."gtm_status" AS ENUM('available', 'pending', 'active', 'expired');--> statement-breakpoint
CREATE TYPE "public"."offer_type" AS ENUM('action_pack', 'silver', 'gold');--> statement-breakpoint
CREATE TYPE "public"."technical_unit" AS ENUM('incidents', 'hours');--> statement-breakpoint
CREATE TYPE "public"."user_kind" AS ENUM('member', 'guest');--> statement-breakpoint
CREATE TABLE "azure_credits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" "azure_credit_kind" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"benefit_type" "benefit_type" NOT NULL,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"pmc_migrated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gtm_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"type" "gtm_offer_type" NOT NULL,
	"status" "gtm_status" DEFAULT 'available' NOT NULL,
	"expires_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"competency_area" text,
	"enrollment_start" date NOT NULL,
	"anniversary" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "software_benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"product" text NOT NULL,
	"quantity" integer NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"benefit_type" "benefit_type" NOT NULL,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "technical_benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"quantity" integer NOT NULL,
	"unit" "technical_unit" NOT NULL,
	"status" "activation_status" DEFAULT 'not_activated' NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"benefit_type" "benefit_type" NOT NULL,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"kind" "user_kind" DEFAULT 'member' NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_company_email_uq" UNIQUE("company_id","email"),
	CONSTRAINT "users_id_company_uq" UNIQUE("id","company_id")
);
--> statement-breakpoint
CREATE TABLE "vs_seat_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vs_seat_assignments_subscription_user_uq" UNIQUE("subscription_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "vs_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"edition" text NOT NULL,
	"seats_total" integer NOT NULL,
	"offer_type" "offer_type" NOT NULL,
	"benefit_type" "benefit_type" NOT NULL,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vs_subscriptions_id_company_uq" UNIQUE("id","company_id")
);
--> statement-breakpoint
ALTER TABLE "azure_credits" ADD CONSTRAINT "azure_credits_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD CONSTRAINT "gtm_offers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_offers" ADD CONSTRAINT "membership_offers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_benefits" ADD CONSTRAINT "software_benefits_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD CONSTRAINT "technical_benefits_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vs_seat_assignments" ADD CONSTRAINT "vs_seat_assignments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vs_seat_assignments" ADD CONSTRAINT "vs_seat_assignments_subscription_fk" FOREIGN KEY ("subscription_id","company_id") REFERENCES "public"."vs_subscriptions"("id","company_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vs_seat_assignments" ADD CONSTRAINT "vs_seat_assignments_user_fk" FOREIGN KEY ("user_id","company_id") REFERENCES "public"."users"("id","company_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ADD CONSTRAINT "vs_subscriptions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "azure_credits_company_idx" ON "azure_credits" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "gtm_offers_company_idx" ON "gtm_offers" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "membership_offers_company_idx" ON "membership_offers" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "software_benefits_company_idx" ON "software_benefits" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "technical_benefits_company_idx" ON "technical_benefits" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "users_company_idx" ON "users" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "vs_seat_assignments_company_idx" ON "vs_seat_assignments" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "vs_subscriptions_company_idx" ON "vs_subscriptions" USING btree ("company_id");