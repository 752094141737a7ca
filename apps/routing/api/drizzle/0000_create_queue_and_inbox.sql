CREATE SCHEMA "routing";
--> statement-breakpoint
CREATE TABLE "routing"."queue_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"org_id" text NOT NULL,
	"issuer" text NOT NULL,
	"number_symbol" text NOT NULL,
	"document_date" date NOT NULL,
	"subject" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routing"."inbox" (
	"consumer_group" text NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"processed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "queue_items_document_id_key" ON "routing"."queue_items" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "queue_items_org_status_idx" ON "routing"."queue_items" USING btree ("org_id","status","id" DESC NULLS LAST);