CREATE SCHEMA "routing";
