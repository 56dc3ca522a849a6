-- One spelling per module id (the module registry's: azure-cloud, visual-studio). The catalog's
-- module column keeps its rows; the Azure router is azureCloud, so are its audit actions.
ALTER TYPE "public"."benefit_module" RENAME VALUE 'azure' TO 'azure-cloud';--> statement-breakpoint
ALTER TYPE "public"."benefit_module" RENAME VALUE 'visual_studio' TO 'visual-studio';--> statement-breakpoint
UPDATE "audit_events" SET "action" = 'azureCloud.' || substr("action", 7) WHERE "action" LIKE 'azure.%';--> statement-breakpoint
UPDATE "idempotency_records" SET "procedure" = 'azureCloud.' || substr("procedure", 7) WHERE "procedure" LIKE 'azure.%';
