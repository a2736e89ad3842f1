namespace FluxStore.Management.Domain.Coupons;

public sealed class CouponCategory
{
    private CouponCategory()
    {
    }

    public CouponCategory(Guid couponId, Guid categoryId)
    {
        CouponId = couponId;
        CategoryId = categoryId;
    }

    public Guid CouponId { get; private set; }

    public Guid CategoryId { get; private set; }
}
