using FluxStore.Management.Domain.Analytics;

namespace FluxStore.Management.Application.Analytics;

/// <summary>
/// <c>GET /analytics/revenue</c>: gross, refunded and net revenue, orders and new customers per day, week (Monday to
/// Sunday) or month of <c>from</c>..<c>to</c> (dates, both included; default the last 30 days up to today) in an IANA
/// time zone (default UTC), with the range's totals and top 10 packages by net revenue. Read from the revenue rollup
/// (quarter-hour slots), never from the orders; closed days from <see cref="RevenueDayCache"/>. At most 2 years.
/// </summary>
[RequirePermission(PermissionArea.Orders, PermissionAction.View)]
public sealed record GetRevenueAnalyticsQuery : IRequest<RevenueAnalyticsDto>, IRequiresProPlan
{
    public const int DefaultDays = 30;
    public const int MaxYears = 2;
    public const int TopPackageCount = 10;

    /// <summary>First day (in <c>timeZone</c>); default 29 days before <c>to</c>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, included (in <c>timeZone</c>); default today.</summary>
    public DateOnly? To { get; init; }

    /// <summary><c>day</c> (default), <c>week</c> (Monday to Sunday) or <c>month</c>.</summary>
    public string? Interval { get; init; }

    /// <summary>An IANA time zone, e.g. <c>Europe/Berlin</c>; default <c>UTC</c>.</summary>
    public string? TimeZone { get; init; }
}

public sealed class GetRevenueAnalyticsQueryValidator : AbstractValidator<GetRevenueAnalyticsQuery>
{
    private static readonly string[] Intervals = ["day", "week", "month"];

    public GetRevenueAnalyticsQueryValidator()
    {
        RuleFor(x => x.Interval)
            .Must(i => i is null || Intervals.Contains(i, StringComparer.OrdinalIgnoreCase))
            .WithMessage("'interval' must be day, week or month.");
        RuleFor(x => x.TimeZone)
            .Must(z => z is null || GetRevenueAnalyticsQueryHandler.TryFindZone(z, out _))
            .WithMessage("'timeZone' must be an IANA time zone, e.g. Europe/Berlin.");
        RuleFor(x => x.From)
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100))
            .WithMessage("'from' must be a date between 2000 and 2100.");
        RuleFor(x => x.To)
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100))
            .WithMessage("'to' must be a date between 2000 and 2100.");
    }
}

public sealed class GetRevenueAnalyticsQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, RevenueDayCache cache)
    : IRequestHandler<GetRevenueAnalyticsQuery, RevenueAnalyticsDto>
{
    public static bool TryFindZone(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out zone!);
    }

    public async Task<RevenueAnalyticsDto> Handle(GetRevenueAnalyticsQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var zone = request.TimeZone is null ? TimeZoneInfo.Utc : TryFindZone(request.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone));
        var to = request.To ?? (request.From is { } start && start > today ? start : today);
        var from = request.From ?? to.AddDays(-(GetRevenueAnalyticsQuery.DefaultDays - 1));
        if (from > to)
        {
            throw new RequestValidationException("'from' must not be after 'to'.");
        }

        if (to >= from.AddYears(GetRevenueAnalyticsQuery.MaxYears))
        {
            throw new RequestValidationException($"The range from 'from' to 'to' may span at most {GetRevenueAnalyticsQuery.MaxYears} years.");
        }

        var calendar = new RevenueCalendar(zone, from, to);
        var interval = (request.Interval ?? "day").ToLowerInvariant();
        var currency = await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.Currency).FirstAsync(cancellationToken);

        var days = await DaysAsync(storeId, calendar, cancellationToken);
        var buckets = Buckets(calendar, interval, days);
        return new RevenueAnalyticsDto
        {
            Currency = currency,
            Buckets = buckets,
            Totals = new RevenueTotalsDto
            {
                Gross = buckets.Sum(b => b.Gross),
                Refunded = buckets.Sum(b => b.Refunded),
                Net = buckets.Sum(b => b.Net),
                Orders = buckets.Sum(b => b.Orders),
                NewCustomers = buckets.Sum(b => b.NewCustomers),
            },
            TopPackages = await TopPackagesAsync(storeId, calendar.FirstSlot, calendar.EndSlot, cancellationToken),
        };
    }

    /// <summary>
    /// Every day of the range: closed days this instance has seen from <see cref="RevenueDayCache"/>, the others (today,
    /// and days not seen yet) from the rollup, one grouped query per stretch of one UTC offset over just their slots.
    /// </summary>
    private async Task<Dictionary<DateOnly, RevenueDay>> DaysAsync(Guid storeId, RevenueCalendar calendar, CancellationToken ct)
    {
        var zone = calendar.Zone.Id;
        var days = new Dictionary<DateOnly, RevenueDay>();
        var missing = new HashSet<DateOnly>();
        for (var day = calendar.From; day <= calendar.To; day = day.AddDays(1))
        {
            if (cache.TryGet(storeId, zone, day, out var known))
            {
                days[day] = known;
            }
            else
            {
                missing.Add(day);
            }
        }

        if (missing.Count == 0)
        {
            return days;
        }

        var low = RevenueSlot.Of(calendar.StartOf(missing.Min()));
        var high = RevenueSlot.Of(calendar.StartOf(missing.Max().AddDays(1)));
        var fetched = new Dictionary<DateOnly, RevenueDay>();
        foreach (var stretch in calendar.Stretches())
        {
            int offset = stretch.Offset, start = Math.Max(stretch.Start, low), end = Math.Min(stretch.End, high);
            if (start >= end)
            {
                continue;
            }

            var rows = await db.RevenueSlots.AsNoTracking()
                .Where(r => r.StoreId == storeId && r.Slot >= start && r.Slot < end)
                .GroupBy(r => (r.Slot + offset) / RevenueSlot.PerDay)
                .Select(g => new
                {
                    Day = g.Key,
                    Gross = g.Sum(r => r.GrossCents),
                    Refunded = g.Sum(r => r.RefundedCents),
                    Orders = g.Sum(r => (long)r.Orders),
                    NewCustomers = g.Sum(r => (long)r.NewCustomers),
                })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                var day = RevenueCalendar.DayOf(row.Day);
                var totals = new RevenueDay(row.Gross, row.Refunded, row.Orders, row.NewCustomers);
                fetched[day] = fetched.TryGetValue(day, out var seen) ? seen.Add(totals) : totals;
            }
        }

        var settled = clock.GetUtcNow().UtcDateTime - RevenueDayCache.Settle;
        foreach (var day in missing)
        {
            var totals = fetched.GetValueOrDefault(day) ?? RevenueDay.Zero;
            days[day] = totals;
            if (calendar.StartOf(day.AddDays(1)) <= settled)
            {
                cache.Set(storeId, zone, day, totals);
            }
        }

        return days;
    }

    private static List<RevenueBucketDto> Buckets(RevenueCalendar calendar, string interval, Dictionary<DateOnly, RevenueDay> days)
    {
        var buckets = new List<RevenueBucketDto>();
        var day = calendar.From;
        while (day <= calendar.To)
        {
            var next = interval switch
            {
                "week" => day.AddDays(7 - (((int)day.DayOfWeek + 6) % 7)),
                "month" => new DateOnly(day.Year, day.Month, 1).AddMonths(1),
                _ => day.AddDays(1),
            };
            if (next > calendar.To.AddDays(1))
            {
                next = calendar.To.AddDays(1);
            }

            long gross = 0, refunded = 0, orders = 0, newCustomers = 0;
            for (var d = day; d < next; d = d.AddDays(1))
            {
                if (days.TryGetValue(d, out var t))
                {
                    gross += t.Gross;
                    refunded += t.Refunded;
                    orders += t.Orders;
                    newCustomers += t.NewCustomers;
                }
            }

            var startUtc = calendar.StartOf(day);
            buckets.Add(new RevenueBucketDto
            {
                Start = new DateTimeOffset(startUtc).ToOffset(calendar.Zone.GetUtcOffset(startUtc)),
                Gross = Money.FromCents(gross),
                Refunded = Money.FromCents(refunded),
                Net = Money.FromCents(gross - refunded),
                Orders = orders,
                NewCustomers = newCustomers,
            });
            day = next;
        }

        return buckets;
    }

    /// <summary>
    /// The range's whole UTC days from the day rows, its two ends from the quarter-hour rows, added per package; the
    /// 10 best by net revenue, named as they are now (or as last sold when deleted).
    /// </summary>
    private async Task<IReadOnlyList<TopPackageDto>> TopPackagesAsync(Guid storeId, int first, int end, CancellationToken ct)
    {
        var perDay = RevenueSlot.PerDay;
        var firstDay = first >= 0 ? (first + perDay - 1) / perDay : first / perDay;
        var endDay = end / perDay;
        var rows = db.PackageRevenueSlots.AsNoTracking().Where(r => r.StoreId == storeId);
        var parts = firstDay < endDay
            ? new[]
            {
                rows.Where(r => r.Span == PackageRevenueSlot.Day && r.Slot >= firstDay && r.Slot < endDay),
                rows.Where(r => r.Span == PackageRevenueSlot.QuarterHour && r.Slot >= first && r.Slot < firstDay * perDay),
                rows.Where(r => r.Span == PackageRevenueSlot.QuarterHour && r.Slot >= endDay * perDay && r.Slot < end),
            }
            : [rows.Where(r => r.Span == PackageRevenueSlot.QuarterHour && r.Slot >= first && r.Slot < end)];

        var totals = new Dictionary<Guid, (string Name, long Net, long Units)>();
        foreach (var part in parts)
        {
            var grouped = await part
                .GroupBy(r => r.PackageId)
                .Select(g => new { PackageId = g.Key, Name = g.Max(r => r.PackageName), Net = g.Sum(r => r.NetCents), Units = g.Sum(r => (long)r.Units) })
                .ToListAsync(ct);
            foreach (var g in grouped)
            {
                totals[g.PackageId] = totals.TryGetValue(g.PackageId, out var seen)
                    ? (seen.Name, seen.Net + g.Net, seen.Units + g.Units)
                    : (g.Name!, g.Net, g.Units);
            }
        }

        var top = totals
            .OrderByDescending(t => t.Value.Net).ThenByDescending(t => t.Value.Units).ThenBy(t => t.Key)
            .Take(GetRevenueAnalyticsQuery.TopPackageCount)
            .ToList();
        var ids = top.Select(t => t.Key).ToList();
        var names = await db.Packages.AsNoTracking()
            .Where(p => p.StoreId == storeId && ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return top.Select(t => new TopPackageDto
        {
            PackageId = t.Key,
            PackageName = names.GetValueOrDefault(t.Key) ?? t.Value.Name,
            Net = Money.FromCents(t.Value.Net),
            Units = t.Value.Units,
        }).ToList();
    }
}
