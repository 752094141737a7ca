CREATE TABLE "intake"."iso_audits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"audit_id" text NOT NULL,
	"started_on" date NOT NULL,
	"reported_on" date NOT NULL,
	"procedure_codes" text[] NOT NULL,
	"audit" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."iso_nonconformities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"nonconformity_id" text NOT NULL,
	"status" text NOT NULL,
	"procedure_code" text NOT NULL,
	"audit_id" text,
	"detected_on" date NOT NULL,
	"closed_on" date,
	"nonconformity" jsonb NOT NULL,
	"opened_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake"."iso_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"review_id" text NOT NULL,
	"held_on" date NOT NULL,
	"procedure_codes" text[] NOT NULL,
	"review" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "iso_audits_org_audit_key" ON "intake"."iso_audits" USING btree ("org_id","audit_id");--> statement-breakpoint
CREATE INDEX "iso_audits_org_started_idx" ON "intake"."iso_audits" USING btree ("org_id","started_on");--> statement-breakpoint
CREATE INDEX "iso_audits_procedure_codes_idx" ON "intake"."iso_audits" USING gin ("procedure_codes");--> statement-breakpoint
CREATE UNIQUE INDEX "iso_nonconformities_org_nc_key" ON "intake"."iso_nonconformities" USING btree ("org_id","nonconformity_id");--> statement-breakpoint
CREATE INDEX "iso_nonconformities_org_status_idx" ON "intake"."iso_nonconformities" USING btree ("org_id","status","detected_on");--> statement-breakpoint
CREATE INDEX "iso_nonconformities_org_procedure_idx" ON "intake"."iso_nonconformities" USING btree ("org_id","procedure_code");--> statement-breakpoint
CREATE UNIQUE INDEX "iso_reviews_org_review_key" ON "intake"."iso_reviews" USING btree ("org_id","review_id");--> statement-breakpoint
CREATE INDEX "iso_reviews_org_held_idx" ON "intake"."iso_reviews" USING btree ("org_id","held_on");