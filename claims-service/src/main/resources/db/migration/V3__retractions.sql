-- Positions change, nothing is erased: a stance is retracted and a verdict withdrawn from a time, with a reason,
-- instead of being deleted. Null = standing. Plain SQL for H2 2.x and PostgreSQL 15.
ALTER TABLE stance ADD COLUMN retracted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE stance ADD COLUMN retraction_reason VARCHAR(2000);
ALTER TABLE verdict ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE verdict ADD COLUMN withdrawal_reason VARCHAR(2000);
