CREATE TABLE "intake"."consultation_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"file_version" integer NOT NULL,
	"author" text NOT NULL,
	"author_org_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."consultation_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"file_version" integer NOT NULL,
	"participants" jsonb NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	"summary" text
);
--> statement-breakpoint
CREATE TABLE "intake"."document_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "intake"."ocr_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"state" text NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"engine" text,
	"error_code" text,
	"error_message" text,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intake"."outgoing_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"status" text NOT NULL,
	"document_system" text NOT NULL,
	"kind_code" text NOT NULL,
	"issuer_code" text NOT NULL,
	"unit_code" text,
	"legal_normative" boolean DEFAULT false NOT NULL,
	"subject" text NOT NULL,
	"urgency" text NOT NULL,
	"secrecy" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"in_reply_to_id" uuid,
	"drafted_by" text NOT NULL,
	"signer_name" text,
	"signed_by" text,
	"signed_at" timestamp with time zone,
	"register_id" uuid,
	"register_scope" text,
	"outgoing_number" integer,
	"number_symbol" text,
	"issued_date" date,
	"issued_at" timestamp with time zone,
	"issued_by" text,
	"replaced_by_id" uuid,
	"replaces_id" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."outgoing_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"note" text,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."uploads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "intake"."incoming_documents_search_idx";--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "arrived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "registered_late" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "status" text DEFAULT 'registered' NOT NULL;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "ocr_text" text;--> statement-breakpoint
CREATE INDEX "consultation_comments_round_idx" ON "intake"."consultation_comments" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "consultation_rounds_document_idx" ON "intake"."consultation_rounds" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_history_document_idx" ON "intake"."document_history" USING btree ("document_id","id");--> statement-breakpoint
CREATE INDEX "ocr_jobs_state_idx" ON "intake"."ocr_jobs" USING btree ("state","id");--> statement-breakpoint
CREATE INDEX "ocr_jobs_document_idx" ON "intake"."ocr_jobs" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "outgoing_documents_org_id_idx" ON "intake"."outgoing_documents" USING btree ("org_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "outgoing_documents_org_status_idx" ON "intake"."outgoing_documents" USING btree ("org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_documents_register_number_key" ON "intake"."outgoing_documents" USING btree ("register_id","register_scope","outgoing_number");--> statement-breakpoint
CREATE INDEX "outgoing_documents_search_idx" ON "intake"."outgoing_documents" USING gin (public.lt_unaccent("subject" || ' ' || coalesce("number_symbol", '')) public.gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_files_document_version_key" ON "intake"."outgoing_files" USING btree ("document_id","version");--> statement-breakpoint
CREATE INDEX "uploads_org_sha256_idx" ON "intake"."uploads" USING btree ("org_id","sha256");--> statement-breakpoint
CREATE INDEX "incoming_documents_org_kind_idx" ON "intake"."incoming_documents" USING btree ("org_id","kind_code");--> statement-breakpoint
CREATE INDEX "incoming_documents_search_idx" ON "intake"."incoming_documents" USING gin (public.lt_unaccent("subject" || ' ' || "number_symbol" || ' ' || "issuer" || ' ' || coalesce("ocr_text", '')) public.gin_trgm_ops);