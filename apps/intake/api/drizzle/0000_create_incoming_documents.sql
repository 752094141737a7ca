CREATE SCHEMA "intake";
--> statement-breakpoint
CREATE TABLE "intake"."incoming_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"issuer" text NOT NULL,
	"number_symbol" text NOT NULL,
	"document_date" date NOT NULL,
	"subject" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."org_units" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"side" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE INDEX "incoming_documents_org_id_idx" ON "intake"."incoming_documents" USING btree ("org_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "incoming_documents_search_idx" ON "intake"."incoming_documents" USING gin (public.lt_unaccent("subject" || ' ' || "number_symbol" || ' ' || "issuer") public.gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "org_units_parent_id_idx" ON "intake"."org_units" USING btree ("parent_id");