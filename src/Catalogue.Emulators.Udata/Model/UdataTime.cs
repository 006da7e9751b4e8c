using System.Globalization;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// udata renders datetimes as <c>isoformat()</c> of a UTC value: microseconds and <c>+00:00</c>
/// (contract §4.1). Issued instants are strictly increasing so that two edits in the same
/// microsecond still order, which incremental sync relies on.
/// </summary>
public sealed class UdataTime
{
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public UdataTime(TimeProvider clock) => _clock = clock;

    public DateTimeOffset Now()
    {
        lock (_gate)
        {
            DateTimeOffset now = _clock.GetUtcNow();
            now = new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
            if (now <= _last) now = _last.AddTicks(10);
            _last = now;
            return now;
        }
    }

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00:00";

    public static DateTimeOffset? Parse(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed) ? parsed : null;
}
