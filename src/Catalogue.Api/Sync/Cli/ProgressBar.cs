namespace Catalogue.Api.Sync.Cli;

/// <summary>A one-line text progress bar for long CLI runs (redrawn with a carriage return).</summary>
public static class ProgressBar
{
    public static string Render(int done, int total, int width = 30)
    {
        total = Math.Max(total, done);
        var filled = total == 0 ? width : (int)Math.Round(width * (double)done / total);
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total}";
    }
}
