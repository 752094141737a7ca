CREATE TABLE "intake"."party_terms" (
	"org_id" text NOT NULL,
	"key" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "party_terms_org_id_key_pk" PRIMARY KEY("org_id","key")
);
