using FluxStore.Management.Domain.Analytics;

namespace FluxStore.Management.Application.Analytics;

/// <summary>
/// The days <c>from</c>..<c>to</c> (inclusive) of a time zone in rollup slots (quarter hours since 1970, UTC): where
/// the range starts and ends, and its stretches of one UTC offset, within which a slot's local day is
/// <c>(slot + offset) / 96</c> — integer arithmetic every database runs in its <c>GROUP BY</c>.
/// </summary>
public sealed class RevenueCalendar(TimeZoneInfo zone, DateOnly from, DateOnly to)
{
    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>Slots [Start, End) with one UTC offset (in slots).</summary>
    public sealed record Stretch(int Start, int End, int Offset);

    public TimeZoneInfo Zone => zone;

    public DateOnly From => from;

    public DateOnly To => to;

    public int FirstSlot => RevenueSlot.Of(StartOf(from));

    /// <summary>The first slot after the range: local midnight after <c>to</c>.</summary>
    public int EndSlot => RevenueSlot.Of(StartOf(to.AddDays(1)));

    /// <summary>The instant (UTC) a local day starts: its midnight, or the first valid time after it when a DST gap skips it.</summary>
    public DateTime StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        for (var i = 0; i < 24 * 4 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(RevenueSlot.Minutes);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>A local day as the database computes it in <see cref="Stretches"/>.</summary>
    public static DateOnly DayOf(int localDayNumber) => DateOnly.FromDayNumber(EpochDay + localDayNumber);

    /// <summary>
    /// The range cut where the zone's offset changes (a DST change), found day by day and then to the slot; a zone
    /// without DST gives one stretch.
    /// </summary>
    public IReadOnlyList<Stretch> Stretches()
    {
        var end = EndSlot;
        var stretches = new List<Stretch>();
        var start = FirstSlot;
        var offset = OffsetAt(start);
        for (var probe = start + RevenueSlot.PerDay; ; probe += RevenueSlot.PerDay)
        {
            var at = Math.Min(probe, end - 1);
            if (at > start && OffsetAt(at) != offset)
            {
                // The change lies in (at - 96, at]: the first slot with another offset.
                int low = Math.Max(start, at - RevenueSlot.PerDay), high = at;
                while (low + 1 < high)
                {
                    var mid = (low + high) / 2;
                    if (OffsetAt(mid) == offset)
                    {
                        low = mid;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                stretches.Add(new Stretch(start, high, offset));
                start = high;
                offset = OffsetAt(start);
                probe = start;
                continue;
            }

            if (at >= end - 1)
            {
                break;
            }
        }

        stretches.Add(new Stretch(start, end, offset));
        return stretches;
    }

    /// <summary>The zone's UTC offset at a slot, in whole slots (every current IANA offset is a multiple of 15 min).</summary>
    private int OffsetAt(int slot) =>
        (int)Math.Floor(zone.GetUtcOffset(RevenueSlot.StartOf(slot)).TotalMinutes / RevenueSlot.Minutes);
}
