CREATE TABLE "routing"."calendar_schedules" (
	"year" integer PRIMARY KEY NOT NULL,
	"schedule" jsonb NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routing"."dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"org_id" text NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_version" text NOT NULL,
	"procedure_name" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"status" text NOT NULL,
	"current_step_id" text,
	"current_step_name" text,
	"current_step_role" text,
	"current_step_unit" text,
	"current_step_due_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"appointment_date" date NOT NULL,
	"appointment_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"overdue_at" timestamp with time zone,
	"current_appointment_date" date NOT NULL,
	"completed_at" timestamp with time zone,
	"classification" text,
	"has_apology" boolean NOT NULL,
	"dossier" jsonb NOT NULL,
	"procedure" jsonb NOT NULL,
	"row_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routing"."procedure_snapshots" (
	"org_id" text NOT NULL,
	"code" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"procedure" jsonb NOT NULL,
	"first_received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "procedure_snapshots_pk" PRIMARY KEY("org_id","code","version")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_org_code_key" ON "routing"."dossiers" USING btree ("org_id","code");--> statement-breakpoint
CREATE INDEX "dossiers_org_id_idx" ON "routing"."dossiers" USING btree ("org_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dossiers_org_status_idx" ON "routing"."dossiers" USING btree ("org_id","status","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dossiers_org_procedure_idx" ON "routing"."dossiers" USING btree ("org_id","procedure_code","procedure_version");--> statement-breakpoint
CREATE INDEX "dossiers_step_unit_idx" ON "routing"."dossiers" USING btree ("current_step_unit") WHERE "routing"."dossiers"."current_step_unit" is not null;--> statement-breakpoint
CREATE INDEX "dossiers_open_overdue_idx" ON "routing"."dossiers" USING btree ("org_id","overdue_at") WHERE "routing"."dossiers"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "dossiers_report_idx" ON "routing"."dossiers" USING btree ("org_id","received_on","procedure_code","status","classification","overdue_at","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_search_idx" ON "routing"."dossiers" USING gin (public.lt_unaccent("search_text") public.gin_trgm_ops);