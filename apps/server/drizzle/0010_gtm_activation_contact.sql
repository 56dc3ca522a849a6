CREATE TABLE "gtm_marketing_contacts" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"locale" "locale" NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activation_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activation_expected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activation_job_id" uuid;--> statement-breakpoint
ALTER TABLE "gtm_offers" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gtm_marketing_contacts" ADD CONSTRAINT "gtm_marketing_contacts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gtm_marketing_contacts" ADD CONSTRAINT "gtm_marketing_contacts_user_fk" FOREIGN KEY ("user_id","company_id") REFERENCES "public"."users"("id","company_id") ON DELETE cascade ON UPDATE no action;