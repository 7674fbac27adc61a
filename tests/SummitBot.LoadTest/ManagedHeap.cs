using System.Globalization;

namespace SummitBot.LoadTest;

/// <summary>
/// The bot's managed heap after its last garbage collection, from its own <c>/metrics</c> (the runtime's
/// <c>dotnet.gc.last_collection.heap.size</c>, summed over generations): unlike RSS, it does not include memory the GC
/// has simply not given back, so it tells a leak from a heap that grew because nothing asked it to shrink.
/// </summary>
internal static class ManagedHeap
{
    private const string Metric = "dotnet_gc_last_collection_heap_size_bytes";

    public static async Task<double?> MbAsync(HttpClient http)
    {
        try
        {
            var scrape = await http.GetStringAsync("/metrics");
            var bytes = scrape.Split('\n')
                .Where(line => line.StartsWith(Metric, StringComparison.Ordinal) && (line.Length == Metric.Length || line[Metric.Length] is '{' or ' '))
                .Select(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
                .ToList();
            return bytes.Count == 0 ? null : bytes.Sum() / (1024 * 1024);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
