ALTER TABLE "intake"."incoming_documents" ADD COLUMN "document_system" text;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "kind_code" text;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "urgency" text DEFAULT 'thuong' NOT NULL;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "secrecy" text DEFAULT 'thuong' NOT NULL;--> statement-breakpoint
CREATE INDEX "incoming_documents_org_symbol_idx" ON "intake"."incoming_documents" USING btree ("org_id","number_symbol");