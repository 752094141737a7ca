CREATE TABLE "intake"."register_counters" (
	"register_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"last_number" integer NOT NULL,
	"last_issued_on" date NOT NULL,
	CONSTRAINT "register_counters_register_id_scope_pk" PRIMARY KEY("register_id","scope")
);
--> statement-breakpoint
CREATE TABLE "intake"."registers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"direction" text NOT NULL,
	"series" text NOT NULL,
	"side" text NOT NULL,
	"name" text NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "register_id" uuid;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "register_scope" text;--> statement-breakpoint
ALTER TABLE "intake"."incoming_documents" ADD COLUMN "incoming_number" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "registers_org_direction_series_key" ON "intake"."registers" USING btree ("org_id","direction","series");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_documents_register_number_key" ON "intake"."incoming_documents" USING btree ("register_id","register_scope","incoming_number");