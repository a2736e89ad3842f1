namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>The dispatcher's fair choice among due deliveries: no store takes more than its free slots.</summary>
internal static class RoundRobinPicker
{
    /// <summary>
    /// Takes one row per store in turn (stores in the order of their oldest due row), each store up to its free
    /// slots (<paramref name="storeSlots"/>, else <paramref name="slotsPerStore"/>), until <paramref name="free"/> rows are chosen.
    /// </summary>
    public static List<Guid> Pick(IEnumerable<(Guid Id, Guid StoreId)> candidates, Dictionary<Guid, int> storeSlots, int slotsPerStore, int free)
    {
        var queues = new List<(Guid StoreId, Queue<Guid> Ids)>();
        var byStore = new Dictionary<Guid, Queue<Guid>>();
        foreach (var (id, storeId) in candidates)
        {
            if (!byStore.TryGetValue(storeId, out var queue))
            {
                queue = new Queue<Guid>();
                byStore[storeId] = queue;
                queues.Add((storeId, queue));
            }

            queue.Enqueue(id);
        }

        var picked = new List<Guid>(free);
        var slots = queues.ToDictionary(q => q.StoreId, q => storeSlots.GetValueOrDefault(q.StoreId, slotsPerStore));
        var progress = true;
        while (picked.Count < free && progress)
        {
            progress = false;
            foreach (var (storeId, queue) in queues)
            {
                if (picked.Count == free)
                {
                    break;
                }

                if (slots[storeId] > 0 && queue.TryDequeue(out var id))
                {
                    picked.Add(id);
                    slots[storeId]--;
                    progress = true;
                }
            }
        }

        return picked;
    }
}
