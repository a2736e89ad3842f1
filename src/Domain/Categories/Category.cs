using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Categories;

public sealed class Category : Entity, IStoreOwned
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 2000;

    private Category()
    {
    }

    public Category(Guid storeId, string name, string? description, bool isEnabled, int sortOrder, DateTime now)
    {
        StoreId = storeId;
        Name = name.Trim();
        Description = description;
        IsEnabled = isEnabled;
        SortOrder = sortOrder;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public bool IsEnabled { get; set; }

    public int SortOrder { get; set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Touch(DateTime now) => UpdatedAt = now;
}
