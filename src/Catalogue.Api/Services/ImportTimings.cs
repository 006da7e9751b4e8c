using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Catalogue.Api.Services;

/// <summary>The stages of a bulk import whose time <see cref="ImportTimings"/> adds up.</summary>
public enum ImportStage
{
    Read, Validate, Project, WaitForWriter, Duplicates, Datasets, Facets, Revisions, Summaries, Search, Commit,
}

/// <summary>
/// Where a bulk import's time goes: elapsed time and CPU time of the running thread per stage, summed over all
/// batches (stages of different batches overlap, so the elapsed sums can exceed the wall time). On a machine
/// shared with other work the elapsed time includes waiting for a core; the CPU time does not, which makes it the
/// figure to compare runs by. Thread-safe; <c>import-records</c> logs it at Debug level.
/// </summary>
public sealed class ImportTimings
{
    private readonly long[] _elapsed = new long[Enum.GetValues<ImportStage>().Length];
    private readonly long[] _cpu = new long[Enum.GetValues<ImportStage>().Length];

    /// <summary>A point in time to measure the next stage from.</summary>
    public readonly record struct Mark(long Timestamp, long CpuNanoseconds);

    public static Mark Now() => new(Stopwatch.GetTimestamp(), ThreadCpuNanoseconds());

    /// <summary>Adds the time since <paramref name="since"/> to the stage and returns a new mark, so consecutive
    /// stages can be timed with one variable. Only meaningful for a stage that runs on one thread without yielding
    /// (the bulk writes do: SQLite's "async" calls complete synchronously).</summary>
    public Mark Add(ImportStage stage, Mark since)
    {
        var now = Now();
        Interlocked.Add(ref _elapsed[(int)stage], now.Timestamp - since.Timestamp);
        Interlocked.Add(ref _cpu[(int)stage], now.CpuNanoseconds - since.CpuNanoseconds);
        return now;
    }

    /// <summary>Adds only the elapsed time (a stage that waits, or may continue on another thread).</summary>
    public Mark AddElapsed(ImportStage stage, Mark since)
    {
        var now = Now();
        Interlocked.Add(ref _elapsed[(int)stage], now.Timestamp - since.Timestamp);
        return now;
    }

    public override string ToString() => string.Join(", ", Enum.GetValues<ImportStage>().Select(s =>
        $"{s} {Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _elapsed[(int)s])).TotalSeconds:F1} s " +
        $"(CPU {Interlocked.Read(ref _cpu[(int)s]) / 1e9:F1} s)"));

    /// <summary>CPU time of the calling thread (Linux); 0 elsewhere, where only elapsed times are reported.</summary>
    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return clock_gettime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : 0;
    }

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
