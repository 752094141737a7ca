CREATE SCHEMA "fixture";
--> statement-breakpoint
CREATE TABLE "fixture"."document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "document_subject_search_idx" ON "fixture"."document" USING gin (public.lt_unaccent("subject") public.gin_trgm_ops);