ALTER TABLE "benefit_catalog" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "benefit_catalog" CASCADE;--> statement-breakpoint
ALTER TABLE "technical_benefits" ALTER COLUMN "quantity" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "azure_credits" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "azure_credits" ADD COLUMN "benefit_key" text;--> statement-breakpoint
ALTER TABLE "azure_credits" ADD COLUMN "name" jsonb;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ADD COLUMN "benefit_key" text;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ADD COLUMN "name" jsonb;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "benefit_key" text;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "name" jsonb;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "offer_type" "offer_type";--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "benefit_type" "benefit_type";--> statement-breakpoint
ALTER TABLE "benefit_packages" ADD COLUMN "provisioned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "software_benefits" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "software_benefits" ADD COLUMN "benefit_key" text;--> statement-breakpoint
ALTER TABLE "software_benefits" ADD COLUMN "name" jsonb;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD COLUMN "benefit_key" text;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ADD COLUMN "benefit_key" text;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ADD COLUMN "name" jsonb;--> statement-breakpoint
-- Hand-written backfill (MEM-8): rows seeded before packages provisioned them belong to the
-- company's oldest package of their offer type (none: they stay without a package), keyed
-- "legacy:<id>"; their names come from what the row called itself.
UPDATE "gtm_offers" SET "offer_type" = CASE "type" WHEN 'silver_core' THEN 'silver'::"offer_type" ELSE 'gold'::"offer_type" END, "benefit_type" = CASE "type" WHEN 'isv_cosell_ready' THEN 'incremental'::"benefit_type" ELSE 'core'::"benefit_type" END;--> statement-breakpoint
UPDATE "software_benefits" AS b SET "benefit_key" = 'legacy:' || b."id", "package_id" = (SELECT p."id" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."company_id" = b."company_id" AND o."offer_type" = b."offer_type" AND p."status" <> 'cancelled' ORDER BY p."purchased_at", p."id" LIMIT 1);--> statement-breakpoint
UPDATE "vs_subscriptions" AS b SET "benefit_key" = 'legacy:' || b."id", "package_id" = (SELECT p."id" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."company_id" = b."company_id" AND o."offer_type" = b."offer_type" AND p."status" <> 'cancelled' ORDER BY p."purchased_at", p."id" LIMIT 1);--> statement-breakpoint
UPDATE "azure_credits" AS b SET "benefit_key" = 'legacy:' || b."id", "package_id" = (SELECT p."id" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."company_id" = b."company_id" AND o."offer_type" = b."offer_type" AND p."status" <> 'cancelled' ORDER BY p."purchased_at", p."id" LIMIT 1);--> statement-breakpoint
UPDATE "license_subscriptions" AS b SET "benefit_key" = 'legacy:' || b."id", "package_id" = (SELECT p."id" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."company_id" = b."company_id" AND o."offer_type" = b."offer_type" AND p."status" <> 'cancelled' ORDER BY p."purchased_at", p."id" LIMIT 1);--> statement-breakpoint
UPDATE "technical_benefits" AS b SET "benefit_key" = 'legacy:' || b."id", "package_id" = (SELECT p."id" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."company_id" = b."company_id" AND o."offer_type" = b."offer_type" AND p."status" <> 'cancelled' ORDER BY p."purchased_at", p."id" LIMIT 1);--> statement-breakpoint
UPDATE "gtm_offers" AS b SET "benefit_key" = 'legacy:' || b."id", "package_id" = (SELECT p."id" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."company_id" = b."company_id" AND o."offer_type" = b."offer_type" AND p."status" <> 'cancelled' ORDER BY p."purchased_at", p."id" LIMIT 1);--> statement-breakpoint
UPDATE "software_benefits" SET "name" = jsonb_build_object('en-US', "product", 'zh-CN', "product");--> statement-breakpoint
UPDATE "vs_subscriptions" SET "name" = jsonb_build_object('en-US', "edition", 'zh-CN', "edition");--> statement-breakpoint
UPDATE "license_subscriptions" SET "name" = jsonb_build_object('en-US', "product", 'zh-CN', "product");--> statement-breakpoint
UPDATE "azure_credits" SET "name" = CASE "kind" WHEN 'monthly' THEN '{"en-US": "Azure monthly credit", "zh-CN": "Azure 每月信用额度"}'::jsonb ELSE '{"en-US": "Azure yearly bulk credit", "zh-CN": "Azure 年度批量信用额度"}'::jsonb END;--> statement-breakpoint
UPDATE "gtm_offers" SET "name" = CASE "type" WHEN 'silver_core' THEN '{"en-US": "Silver Core", "zh-CN": "银级核心"}'::jsonb WHEN 'gold_core' THEN '{"en-US": "Gold Core", "zh-CN": "金级核心"}'::jsonb ELSE '{"en-US": "ISV Co-sell ready", "zh-CN": "ISV 联合销售就绪"}'::jsonb END;--> statement-breakpoint
-- MEM-7: until an offer is active, its expiry is the last day to activate it: its offer's anniversary.
UPDATE "gtm_offers" AS g SET "expires_on" = COALESCE((SELECT o."anniversary" FROM "benefit_packages" p JOIN "membership_offers" o ON o."id" = p."offer_id" WHERE p."id" = g."package_id"), (g."created_at" + interval '1 year')::date) WHERE g."expires_on" IS NULL;--> statement-breakpoint
-- Their benefits are the rows above: provisioning must not grant them again.
UPDATE "benefit_packages" SET "provisioned_at" = "purchased_at";--> statement-breakpoint
ALTER TABLE "gtm_offers" ALTER COLUMN "expires_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "azure_credits" ALTER COLUMN "benefit_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "azure_credits" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ALTER COLUMN "benefit_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "gtm_offers" ALTER COLUMN "benefit_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "gtm_offers" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "gtm_offers" ALTER COLUMN "offer_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "gtm_offers" ALTER COLUMN "benefit_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "software_benefits" ALTER COLUMN "benefit_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "software_benefits" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "technical_benefits" ALTER COLUMN "benefit_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ALTER COLUMN "benefit_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "azure_credits" ADD CONSTRAINT "azure_credits_package_id_benefit_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."benefit_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_subscriptions" ADD CONSTRAINT "license_subscriptions_package_id_benefit_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."benefit_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD CONSTRAINT "gtm_offers_package_id_benefit_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."benefit_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "software_benefits" ADD CONSTRAINT "software_benefits_package_id_benefit_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."benefit_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD CONSTRAINT "technical_benefits_package_id_benefit_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."benefit_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ADD CONSTRAINT "vs_subscriptions_package_id_benefit_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."benefit_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "azure_credits" ADD CONSTRAINT "azure_credits_grant_uq" UNIQUE("package_id","benefit_key");--> statement-breakpoint
ALTER TABLE "license_subscriptions" ADD CONSTRAINT "license_subscriptions_grant_uq" UNIQUE("package_id","benefit_key");--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD CONSTRAINT "gtm_offers_grant_uq" UNIQUE("package_id","benefit_key");--> statement-breakpoint
ALTER TABLE "software_benefits" ADD CONSTRAINT "software_benefits_grant_uq" UNIQUE("package_id","benefit_key");--> statement-breakpoint
ALTER TABLE "technical_benefits" ADD CONSTRAINT "technical_benefits_grant_uq" UNIQUE("package_id","benefit_key");--> statement-breakpoint
ALTER TABLE "vs_subscriptions" ADD CONSTRAINT "vs_subscriptions_grant_uq" UNIQUE("package_id","benefit_key");--> statement-breakpoint
DROP TYPE "public"."benefit_module";--> statement-breakpoint
DROP TYPE "public"."entitlement_unit";