CREATE TYPE "public"."advisory_product" AS ENUM('azure-app-service', 'azure-kubernetes-service', 'azure-virtual-machines', 'azure-sql-database', 'azure-synapse-analytics', 'azure-cognitive-services', 'microsoft-teams', 'sharepoint-online', 'windows-virtual-desktop', 'dynamics-365-sales', 'power-apps', 'power-bi', 'azure-sentinel', 'microsoft-defender', 'microsoft-intune');--> statement-breakpoint
CREATE TYPE "public"."advisory_request_type" AS ENUM('technical_plan', 'deployment', 'marketplace');--> statement-breakpoint
CREATE TYPE "public"."consult_language" AS ENUM('en', 'zh-Hans', 'de', 'es', 'fr', 'ja', 'pt');--> statement-breakpoint
CREATE TYPE "public"."preferred_hours" AS ENUM('morning', 'afternoon', 'evening');--> statement-breakpoint
CREATE TYPE "public"."support_product_category" AS ENUM('cloud', 'on_premises_current', 'on_premises_previous', 'azure_non_csp', 'dynamics', 'microsoft_365');--> statement-breakpoint
CREATE TYPE "public"."support_severity" AS ENUM('a', 'b', 'c');--> statement-breakpoint
CREATE TYPE "public"."technical_request_kind" AS ENUM('support', 'advisory');--> statement-breakpoint
CREATE TYPE "public"."technical_request_status" AS ENUM('submitted', 'in_progress', 'completed', 'cancelled');--> statement-breakpoint
CREATE TABLE "technical_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "technical_requests_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 100001 CACHE 1),
	"kind" "technical_request_kind" NOT NULL,
	"benefit_id" uuid NOT NULL,
	"status" "technical_request_status" DEFAULT 'submitted' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"product_category" "support_product_category",
	"title" text,
	"description" text,
	"severity" "support_severity",
	"advisory_type" "advisory_request_type",
	"product" "advisory_product",
	"phone" text,
	"time_zone" text,
	"preferred_hours" "preferred_hours",
	"country_region" char(2),
	"language" "consult_language",
	"estimated_hours" integer,
	"hours_held" integer DEFAULT 0 NOT NULL,
	"hours_delivered" integer,
	"job_name" text,
	"job_id" uuid,
	CONSTRAINT "technical_requests_support_ck" CHECK (("technical_requests"."kind" = 'support') = ("technical_requests"."product_category" is not null and "technical_requests"."title" is not null and "technical_requests"."description" is not null and "technical_requests"."severity" is not null)),
	CONSTRAINT "technical_requests_advisory_ck" CHECK (("technical_requests"."kind" = 'advisory') = ("technical_requests"."advisory_type" is not null and "technical_requests"."product" is not null and "technical_requests"."phone" is not null and "technical_requests"."time_zone" is not null and "technical_requests"."preferred_hours" is not null and "technical_requests"."country_region" is not null and "technical_requests"."language" is not null and "technical_requests"."estimated_hours" is not null)),
	CONSTRAINT "technical_requests_hours_ck" CHECK ("technical_requests"."hours_held" >= 0 and ("technical_requests"."estimated_hours" is null or "technical_requests"."estimated_hours" between 1 and 25)),
	CONSTRAINT "technical_requests_steps_ck" CHECK (("technical_requests"."status" = 'cancelled') = ("technical_requests"."cancelled_at" is not null) and ("technical_requests"."status" = 'completed') = ("technical_requests"."completed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "used" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "held" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "activation_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "activation_requested_by" text;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "activation_expected_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "activation_job_id" uuid;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "access_id" char(9);--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "contract_id" char(9);--> statement-breakpoint
ALTER TABLE "technical_requests" ADD CONSTRAINT "technical_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technical_requests" ADD CONSTRAINT "technical_requests_benefit_id_technical_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."technical_benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "technical_requests_company_idx" ON "technical_requests" USING btree ("company_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "technical_requests_number_uq" ON "technical_requests" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "technical_benefits_access_id_uq" ON "technical_benefits" USING btree ("access_id");--> statement-breakpoint
CREATE UNIQUE INDEX "technical_benefits_contract_id_uq" ON "technical_benefits" USING btree ("contract_id");--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD CONSTRAINT "technical_benefits_use_ck" CHECK ("technical_benefits"."used" >= 0 and "technical_benefits"."held" >= 0 and ("technical_benefits"."quantity" is null or "technical_benefits"."used" + "technical_benefits"."held" <= "technical_benefits"."quantity"));--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD CONSTRAINT "technical_benefits_ids_ck" CHECK (("technical_benefits"."access_id" is null) = ("technical_benefits"."contract_id" is null) and ("technical_benefits"."access_id" is null or ("technical_benefits"."status" = 'active' and "technical_benefits"."access_id" ~ '^[0-9]{9}$' and "technical_benefits"."contract_id" ~ '^[0-9]{9}$')));