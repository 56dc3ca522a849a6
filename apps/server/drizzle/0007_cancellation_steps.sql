CREATE TYPE "public"."cancellation_rejection" AS ENUM('BENEFIT_ACTIVATED', 'KEY_VIEWED');--> statement-breakpoint
-- The open-request index names the old type: dropped before the type changes, recreated below.
DROP INDEX "cancellation_requests_open_uq";--> statement-breakpoint
ALTER TABLE "cancellation_requests" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "cancellation_requests" ALTER COLUMN "status" SET DEFAULT 'submitted'::text;--> statement-breakpoint
DROP TYPE "public"."cancellation_status";--> statement-breakpoint
CREATE TYPE "public"."cancellation_status" AS ENUM('submitted', 'in_review', 'refunded', 'rejected');--> statement-breakpoint
ALTER TABLE "cancellation_requests" ALTER COLUMN "status" SET DEFAULT 'submitted'::"public"."cancellation_status";--> statement-breakpoint
ALTER TABLE "cancellation_requests" ALTER COLUMN "status" SET DATA TYPE "public"."cancellation_status" USING "status"::"public"."cancellation_status";--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD COLUMN "in_review_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD COLUMN "rejection_reason" "cancellation_rejection";--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD COLUMN "job_name" text;--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD COLUMN "job_id" uuid;--> statement-breakpoint
ALTER TABLE "membership_offers" ADD COLUMN "ended_on" date;--> statement-breakpoint
CREATE UNIQUE INDEX "cancellation_requests_open_uq" ON "cancellation_requests" USING btree ("package_id") WHERE status in ('submitted', 'in_review');--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_decided_ck" CHECK (("cancellation_requests"."status" in ('refunded', 'rejected')) = ("cancellation_requests"."decided_at" is not null));--> statement-breakpoint
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_rejection_ck" CHECK (("cancellation_requests"."status" = 'rejected') = ("cancellation_requests"."rejection_reason" is not null));