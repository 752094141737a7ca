CREATE TABLE "intake"."calendar_schedules" (
	"year" integer PRIMARY KEY NOT NULL,
	"schedule" jsonb NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."dossier_counters" (
	"org_id" text NOT NULL,
	"day" date NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "dossier_counters_org_id_day_pk" PRIMARY KEY("org_id","day")
);
--> statement-breakpoint
CREATE TABLE "intake"."dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"code" text NOT NULL,
	"received_on" date NOT NULL,
	"sequence" integer NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_version" text NOT NULL,
	"procedure_name" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"applicant_phone" text,
	"applicant_address" text,
	"note" text,
	"received_at" timestamp with time zone NOT NULL,
	"received_by" text NOT NULL,
	"appointment_basis" text NOT NULL,
	"appointment_date" date NOT NULL,
	"appointment_at" timestamp with time zone NOT NULL,
	"counted_from" date NOT NULL,
	"clock_start_at" timestamp with time zone NOT NULL,
	"deferred" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"code" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"superseded_by" text,
	"definition" jsonb NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"made_effective_by" text,
	"made_effective_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_key" ON "intake"."dossiers" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_org_day_sequence_key" ON "intake"."dossiers" USING btree ("org_id","received_on","sequence");--> statement-breakpoint
CREATE INDEX "dossiers_org_id_idx" ON "intake"."dossiers" USING btree ("org_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dossiers_search_idx" ON "intake"."dossiers" USING gin (public.lt_unaccent("code" || ' ' || "applicant_name" || ' ' || coalesce("applicant_id_number", '')) public.gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_org_code_version_key" ON "intake"."procedure_versions" USING btree ("org_id","code","version");