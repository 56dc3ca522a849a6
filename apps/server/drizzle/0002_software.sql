CREATE TYPE "public"."software_key_kind" AS ENUM('retail', 'mak', 'static');--> statement-breakpoint
CREATE TYPE "public"."software_language" AS ENUM('en-US', 'zh-CN', 'de-DE', 'fr-FR', 'ja-JP');--> statement-breakpoint
CREATE TYPE "public"."software_os" AS ENUM('x64', 'x86', 'arm64');--> statement-breakpoint
CREATE TABLE "software_downloads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"benefit_id" uuid NOT NULL,
	"language" "software_language" NOT NULL,
	"os" "software_os" NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" char(64) NOT NULL,
	"url" text NOT NULL,
	CONSTRAINT "software_downloads_file_uq" UNIQUE("benefit_id","language","os","file_name"),
	CONSTRAINT "software_downloads_size_ck" CHECK ("software_downloads"."size_bytes" > 0),
	CONSTRAINT "software_downloads_sha256_ck" CHECK ("software_downloads"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "software_instructions" (
	"benefit_id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"text" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "software_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"benefit_id" uuid NOT NULL,
	"kind" "software_key_kind" NOT NULL,
	"ciphertext" text NOT NULL,
	"iv" text NOT NULL,
	"tag" text NOT NULL,
	"activations_used" integer,
	"activations_allowed" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "software_keys_mak_counts_ck" CHECK (("software_keys"."kind" = 'mak') = ("software_keys"."activations_allowed" is not null and "software_keys"."activations_used" is not null)),
	CONSTRAINT "software_keys_activations_ck" CHECK ("software_keys"."activations_allowed" > 0 and "software_keys"."activations_used" between 0 and "software_keys"."activations_allowed")
);
--> statement-breakpoint
CREATE TABLE "software_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"language" "software_language" NOT NULL,
	"os" "software_os" NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "software_downloads" ADD CONSTRAINT "software_downloads_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_downloads" ADD CONSTRAINT "software_downloads_benefit_id_software_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."software_benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_instructions" ADD CONSTRAINT "software_instructions_benefit_id_software_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."software_benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_instructions" ADD CONSTRAINT "software_instructions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_keys" ADD CONSTRAINT "software_keys_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_keys" ADD CONSTRAINT "software_keys_benefit_id_software_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."software_benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_preferences" ADD CONSTRAINT "software_preferences_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_preferences" ADD CONSTRAINT "software_preferences_user_fk" FOREIGN KEY ("user_id","company_id") REFERENCES "public"."users"("id","company_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "software_downloads_company_benefit_idx" ON "software_downloads" USING btree ("company_id","benefit_id");--> statement-breakpoint
CREATE INDEX "software_instructions_company_idx" ON "software_instructions" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "software_keys_company_benefit_idx" ON "software_keys" USING btree ("company_id","benefit_id");--> statement-breakpoint
CREATE INDEX "software_preferences_company_idx" ON "software_preferences" USING btree ("company_id");