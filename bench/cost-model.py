#!/usr/bin/env python3
"""Monthly AWS cost of Stadmaken for a city like Haarlem, and for 10x and 100x that city.

Request counts per operation are the ones BENCHMARKS.md measures on the wire (a ballot is one UpdateItem, a sign-up
one GetItem and one TransactWriteItems); the rest are stated assumptions below. Prices are AWS's
public list prices (us-east-1, USD, 2025); eu-west-1 (Ireland) is a little higher. Prints a Markdown table.
"""

# Public list prices (https://aws.amazon.com/lambda/pricing/, /api-gateway/pricing/, /dynamodb/pricing/on-demand/,
# /cloudwatch/pricing/, /secrets-manager/pricing/, /xray/pricing/).
LAMBDA_REQUEST = 0.20 / 1e6          # per invocation
LAMBDA_GB_SECOND = 0.0000133334      # arm64
HTTP_API_REQUEST = 1.00 / 1e6        # first 300 million a month
WRITE_UNIT = 0.625 / 1e6             # on-demand write request unit
READ_UNIT = 0.125 / 1e6              # on-demand read request unit
STORAGE_GB_MONTH = 0.25
PITR_GB_MONTH = 0.20
LOG_INGEST_GB = 0.50
ALARM = 0.10                         # standard-resolution metric alarm
SECRET = 0.40
TRACE = 5.00 / 1e6                   # after 100,000 free traces a month
FREE_TRACES = 100_000

ALARMS = 23                          # in template.yaml
MEMORY_GB = 1.0                      # Globals.MemorySize
WARM_SECONDS = 0.1                   # billed per warm request; 40-80 ms measured locally against moto on a busy machine
COLD_SECONDS = 1.6                   # a cold start (init + first call), billed since 2025; BENCHMARKS.md measures 0.5-0.75 s
                                     # on 2 local cores, more is allowed for the CPU share a 1 GB Lambda gets
COLD_SHARE = 0.02                    # share of invocations that start an instance
LOG_BYTES = 1_000                    # our JSON line plus Lambda's START/END/REPORT lines, per invocation

# One city-month in the voting month (the busiest of the year): per operation, API calls, DynamoDB units.
# ballot: POST ballot + GET round + half a lookup; the ballot itself reads nothing (a refused code is counted then),
#   the lookup's GetItem 1 RRU (strong) half the time, the round's query 0.5; UpdateItem 1 WRU + 1 WRU for the
#   change-index copy; an Idempotency-Key adds a put and an update (2 WRU) and a read.
# sign-up: GET trajectory + POST; TransactWriteItems of 4 items (2 WRU each) + 2 change-index copies; idempotency.
# booking: GET slots + POST; a transaction of 5 items + index copies (gsi1, gsi2, changes); stream + mail function.
OPERATIONS = {
    # name: (count per month for Haarlem, API calls each, read units each, write units each, extra invocations each)
    "ballots (20,000 in the voting week)": (20_000, 2.5, 1, 4, 0),
    "sign-ups (3,000 a year)": (3_000 / 12, 2, 2, 12, 0),
    "bookings (1,000 a year)": (1_000 / 12, 2, 2, 16, 3),
    "page reads (10 per participant)": ((20_000 + 3_000 / 12 + 1_000 / 12) * 10, 1, 1, 0, 0),
}
SCHEDULED_PER_MONTH = 8_640 + 30 + 30   # budget closer every 5 minutes, nightly indicator job, daily reminders
SCHEDULED_SECONDS = 0.05
JOB_SECONDS = 30 * 20.0 * 2.0           # nightly job: 20 s at 2 GB
STORED_GB = 0.5


def month(scale):
    api = sum(n * scale * calls for n, calls, _, _, _ in OPERATIONS.values())
    invocations = api + sum(n * scale * extra for n, _, _, _, extra in OPERATIONS.values()) + SCHEDULED_PER_MONTH
    reads = sum(n * scale * r for n, _, r, _, _ in OPERATIONS.values())
    writes = sum(n * scale * w for n, _, _, w, _ in OPERATIONS.values())
    gb_seconds = ((invocations - SCHEDULED_PER_MONTH) * (WARM_SECONDS + COLD_SHARE * COLD_SECONDS) * MEMORY_GB
                  + SCHEDULED_PER_MONTH * SCHEDULED_SECONDS * MEMORY_GB + JOB_SECONDS * scale ** 0.5)
    costs = {
        "API Gateway (HTTP API)": api * HTTP_API_REQUEST,
        "Lambda requests": invocations * LAMBDA_REQUEST,
        "Lambda compute": gb_seconds * LAMBDA_GB_SECOND,
        "DynamoDB reads and writes": reads * READ_UNIT + writes * WRITE_UNIT,
        "DynamoDB storage and backups": STORED_GB * scale * (STORAGE_GB_MONTH + PITR_GB_MONTH),
        "CloudWatch logs": invocations * LOG_BYTES / 1e9 * LOG_INGEST_GB,
        "X-Ray traces (at most: every request traced)": max(0, invocations - FREE_TRACES) * TRACE,
        "CloudWatch alarms and the secret": ALARMS * ALARM + SECRET,
    }
    return api, invocations, costs


def main():
    scales = [("Haarlem", 1), ("10x", 10), ("100x", 100)]
    results = [(name, *month(scale)) for name, scale in scales]
    print("| per month | " + " | ".join(name for name, *_ in results) + " |")
    print("|---|" + "--:|" * len(results))
    print("| API requests | " + " | ".join(f"{api:,.0f}" for _, api, _, _ in results) + " |")
    print("| Lambda invocations | " + " | ".join(f"{inv:,.0f}" for _, _, inv, _ in results) + " |")
    for item in results[0][3]:
        print(f"| {item} | " + " | ".join(f"${costs[item]:,.2f}" for _, _, _, costs in results) + " |")
    print("| **total** | " + " | ".join(f"**${sum(costs.values()):,.2f}**" for _, _, _, costs in results) + " |")


if __name__ == "__main__":
    main()
