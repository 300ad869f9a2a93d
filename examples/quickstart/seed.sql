-- The quickstart's source database: what a data team has before revmeta.
CREATE ROLE data_platform;
CREATE ROLE sales_eng;
CREATE ROLE marketing_eng;

CREATE SCHEMA sales;
CREATE SCHEMA marketing;

CREATE TABLE sales.customers (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  full_name text,
  country_code char(2),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sales.orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES sales.customers(id),
  status text NOT NULL,
  amount_cents bigint NOT NULL,
  ordered_at timestamptz NOT NULL
);
CREATE TABLE sales."Order Items" (
  order_id bigint NOT NULL REFERENCES sales.orders(id),
  line_no int NOT NULL,
  sku text NOT NULL,
  quantity int NOT NULL,
  PRIMARY KEY (order_id, line_no)
);
CREATE VIEW sales.order_totals AS
  SELECT o.customer_id, count(*) AS orders, sum(o.amount_cents) AS amount_cents
  FROM sales.orders o GROUP BY o.customer_id;

CREATE TABLE marketing.campaigns (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  channel text,
  budget_cents bigint
);
CREATE TABLE marketing.signups (
  customer_id bigint NOT NULL,
  campaign_id bigint REFERENCES marketing.campaigns(id),
  signed_up_at timestamptz NOT NULL
);
CREATE MATERIALIZED VIEW marketing.daily_signups AS
  SELECT date_trunc('day', signed_up_at) AS day, count(*) AS signups
  FROM marketing.signups GROUP BY 1;

-- Comments someone wrote by hand long ago: one outdated, one that should go.
COMMENT ON TABLE sales.orders IS 'orders table';
COMMENT ON COLUMN sales.customers.email IS 'TODO: document';
COMMENT ON COLUMN marketing.signups.customer_id IS 'deprecated: join on crm_id instead';
