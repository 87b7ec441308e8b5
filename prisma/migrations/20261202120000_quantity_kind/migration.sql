-- A seventh kind of figure: a quantity with a unit of measure ("un couloir de 5 kilomètres",
-- "140 km2", "12 tonnes"), its bounds in SI units (metres, square metres, cubic metres,
-- kilograms…) named in "unit", so that 5 km and 5 000 m compare.
ALTER TABLE "facts" DROP CONSTRAINT "facts_kind_check";
ALTER TABLE "facts" ADD CONSTRAINT "facts_kind_check"
    CHECK ("kind" IN ('count', 'date', 'date_range', 'duration', 'percentage', 'money', 'quantity'));

ALTER TABLE "claims" DROP CONSTRAINT "claims_kind_check";
ALTER TABLE "claims" ADD CONSTRAINT "claims_kind_check"
    CHECK ("kind" IN ('count', 'date', 'date_range', 'duration', 'percentage', 'money', 'quantity'));
