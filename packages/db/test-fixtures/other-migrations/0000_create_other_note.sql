CREATE SCHEMA "fixture_other";
--> statement-breakpoint
CREATE TABLE "fixture_other"."note" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body" text NOT NULL
);
