ALTER TABLE "product_keys" ADD COLUMN "prior_seats" integer;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "prior_starts_on" date;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "prior_expires_on" date;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "prior_status" "license_status";--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "left_seats" integer;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "left_expires_on" date;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "undone_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "undone_by" uuid;--> statement-breakpoint
ALTER TABLE "product_keys" ADD COLUMN "replaces_key_id" uuid;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_replaces_key_fk" FOREIGN KEY ("replaces_key_id") REFERENCES "public"."product_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_replaces_key_uq" UNIQUE("replaces_key_id");--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_undone_ck" CHECK ("product_keys"."undone_at" is null or "product_keys"."redeemed_at" is not null);