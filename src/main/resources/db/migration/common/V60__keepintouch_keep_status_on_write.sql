-- Whether a person is at or above the role the user is aiming for (science.md §9.5), judged on
-- write beside in_target: from their seniority, or from their title when the seniority is not known.
-- The Ready-10 and the week's plan weigh hundreds of people per visit and read this instead of each
-- one's title (docs/benchmarks.md, finding 38). Everyone already there is judged once by the Java
-- migration that follows (keepintouch.StatusJudgedOnce, version 61), as title matching folds text.
ALTER TABLE relationship ADD COLUMN at_target_role BOOLEAN NOT NULL DEFAULT FALSE;
