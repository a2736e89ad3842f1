IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [idempotency_keys] (
        [Scope] nvarchar(100) NOT NULL,
        [Key] nvarchar(255) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [LockToken] uniqueidentifier NOT NULL,
        [IsCompleted] bit NOT NULL,
        [CommittedAt] datetime2 NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ResponseStored] bit NOT NULL,
        [ResponseStatus] int NULL,
        [ResponseContentType] nvarchar(200) NULL,
        [ResponseLocation] nvarchar(2048) NULL,
        [ResponseBody] varbinary(max) NULL,
        CONSTRAINT [PK_idempotency_keys] PRIMARY KEY ([Scope], [Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [rate_limit_counters] (
        [Key] nvarchar(200) NOT NULL,
        [WindowStart] bigint NOT NULL,
        [Count] bigint NOT NULL,
        CONSTRAINT [PK_rate_limit_counters] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [store_changes] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_store_changes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [store_counts] (
        [StoreId] uniqueidentifier NOT NULL,
        [Name] nvarchar(40) NOT NULL,
        [Slot] smallint NOT NULL DEFAULT CAST(0 AS smallint),
        [Count] bigint NOT NULL,
        CONSTRAINT [PK_store_counts] PRIMARY KEY ([StoreId], [Name], [Slot])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [store_events] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Type] nvarchar(64) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_store_events] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [stores] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [Plan] nvarchar(10) NOT NULL,
        [ProExpiresAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SubscriptionGracePeriodHours] int NOT NULL,
        CONSTRAINT [PK_stores] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [users] (
        [Id] uniqueidentifier NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [NormalizedEmail] nvarchar(254) NOT NULL,
        [DisplayName] nvarchar(100) NULL,
        [PasswordHash] nvarchar(500) NOT NULL,
        [IsPlatformAdmin] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_users] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [api_keys] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Permissions] nvarchar(1000) NOT NULL,
        [SecretHash] varbinary(32) NOT NULL,
        [KeyHint] nvarchar(4) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NULL,
        [LastUsedAt] datetime2 NULL,
        [RevokedAt] datetime2 NULL,
        CONSTRAINT [PK_api_keys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_api_keys_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [audit_entries] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [ActorUserId] uniqueidentifier NULL,
        [ActorKind] nvarchar(20) NOT NULL DEFAULT N'System',
        [ActorApiKeyId] uniqueidentifier NULL,
        [ActorName] nvarchar(200) NULL,
        [Action] nvarchar(100) NOT NULL,
        [TargetType] nvarchar(50) NOT NULL,
        [TargetId] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_audit_entries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_audit_entries_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [bans] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [PlayerUsername] nvarchar(32) NULL,
        [NormalizedUsername] nvarchar(32) NULL,
        [PlayerUuid] nvarchar(36) NULL,
        [IpAddress] nvarchar(45) NULL,
        [Reason] nvarchar(500) NULL,
        [ExpiresAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_bans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_bans_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [categories] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [IsEnabled] bit NOT NULL,
        [SortOrder] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_categories] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_categories_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [coupons] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Code] nvarchar(50) NOT NULL,
        [NormalizedCode] nvarchar(50) NOT NULL,
        [DiscountType] nvarchar(20) NOT NULL,
        [DiscountValueHundredths] bigint NOT NULL,
        [ApplicationScope] nvarchar(20) NOT NULL,
        [PackageScope] nvarchar(20) NOT NULL,
        [MaxUses] int NULL,
        [MaxUsesPerUser] int NULL,
        [ValidFrom] datetime2 NULL,
        [ValidUntil] datetime2 NULL,
        [IsActive] bit NOT NULL,
        [UsedCount] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_coupons] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_coupons_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [customers] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [PlayerUsername] nvarchar(32) NOT NULL,
        [NormalizedUsername] nvarchar(32) NOT NULL,
        [PlayerUuid] nvarchar(36) NULL,
        [IdentityKey] nvarchar(50) NOT NULL,
        [TotalSpentCents] bigint NOT NULL,
        [OrderCount] int NOT NULL,
        [FirstSeenAt] datetime2 NOT NULL,
        [LastPurchaseAt] datetime2 NOT NULL,
        CONSTRAINT [PK_customers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_customers_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [game_servers] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [KeyHash] varbinary(32) NOT NULL,
        [KeyHint] nvarchar(4) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_game_servers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_game_servers_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [gift_cards] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [CodeHash] varbinary(32) NOT NULL,
        [ProtectedCode] nvarchar(1000) NOT NULL,
        [AmountCents] bigint NOT NULL,
        [BalanceCents] bigint NOT NULL,
        [Scope] nvarchar(12) NOT NULL,
        [ScopeIds] nvarchar(4000) NULL,
        [RecipientName] nvarchar(100) NULL,
        [NormalizedRecipientName] nvarchar(100) NULL,
        [RecipientEmail] nvarchar(254) NULL,
        [Message] nvarchar(500) NULL,
        [ExpiresAt] datetime2 NULL,
        [IsEnabled] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_gift_cards] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_gift_cards_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [package_revenue_slots] (
        [StoreId] uniqueidentifier NOT NULL,
        [Span] smallint NOT NULL,
        [Slot] int NOT NULL,
        [PackageId] uniqueidentifier NOT NULL,
        [PackageName] nvarchar(100) NOT NULL,
        [NetCents] bigint NOT NULL,
        [Units] int NOT NULL,
        CONSTRAINT [PK_package_revenue_slots] PRIMARY KEY ([StoreId], [Span], [Slot], [PackageId]),
        CONSTRAINT [FK_package_revenue_slots_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [revenue_slots] (
        [StoreId] uniqueidentifier NOT NULL,
        [Slot] int NOT NULL,
        [GrossCents] bigint NOT NULL,
        [RefundedCents] bigint NOT NULL,
        [Orders] int NOT NULL,
        [NewCustomers] int NOT NULL,
        CONSTRAINT [PK_revenue_slots] PRIMARY KEY ([StoreId], [Slot]),
        CONSTRAINT [FK_revenue_slots_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [sales] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [NormalizedName] nvarchar(100) NOT NULL,
        [DiscountPercentageHundredths] bigint NOT NULL,
        [ApplicationScope] nvarchar(20) NOT NULL,
        [IsEnabled] bit NOT NULL,
        [StartDate] datetime2 NOT NULL,
        [EndDate] datetime2 NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_sales] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_sales_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [store_invitations] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [NormalizedEmail] nvarchar(254) NOT NULL,
        [Permissions] nvarchar(1000) NOT NULL,
        [InvitedByUserId] uniqueidentifier NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [RespondedAt] datetime2 NULL,
        CONSTRAINT [PK_store_invitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_store_invitations_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [webhook_endpoints] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Url] nvarchar(2000) NOT NULL,
        [Events] nvarchar(400) NOT NULL,
        [IsActive] bit NOT NULL,
        [ProtectedSecret] nvarchar(1000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [ConsecutiveFailures] int NOT NULL,
        [FailingSince] datetime2 NULL,
        [DisabledReason] nvarchar(200) NULL,
        [DisabledAt] datetime2 NULL,
        CONSTRAINT [PK_webhook_endpoints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_webhook_endpoints_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [store_members] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [IsOwner] bit NOT NULL,
        [Permissions] nvarchar(1000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_store_members] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_store_members_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_store_members_users_UserId] FOREIGN KEY ([UserId]) REFERENCES [users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [packages] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Description] nvarchar(max) NULL,
        [PriceCents] bigint NOT NULL,
        [ImageUrl] nvarchar(2048) NULL,
        [IsActive] bit NOT NULL,
        [SortOrder] int NOT NULL,
        [CategoryId] uniqueidentifier NULL,
        [AllowCustomPrice] bit NOT NULL,
        [GlobalLimit] int NULL,
        [PerUserLimit] int NULL,
        [IsCumulative] bit NOT NULL,
        [IsTiered] bit NOT NULL,
        [IsSubscription] bit NOT NULL,
        [SubscriptionIntervalValue] int NULL,
        [SubscriptionIntervalUnit] nvarchar(10) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_packages] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_packages_categories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [categories] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_packages_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [coupon_categories] (
        [CouponId] uniqueidentifier NOT NULL,
        [CategoryId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_coupon_categories] PRIMARY KEY ([CouponId], [CategoryId]),
        CONSTRAINT [FK_coupon_categories_categories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [categories] ([Id]),
        CONSTRAINT [FK_coupon_categories_coupons_CouponId] FOREIGN KEY ([CouponId]) REFERENCES [coupons] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [orders] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [PlayerUsername] nvarchar(32) NOT NULL,
        [NormalizedUsername] nvarchar(32) NOT NULL,
        [PlayerUuid] nvarchar(36) NULL,
        [Email] nvarchar(254) NULL,
        [Status] nvarchar(20) NOT NULL,
        [TotalAmountCents] bigint NOT NULL,
        [PaymentProvider] nvarchar(30) NOT NULL,
        [PaymentCurrency] nvarchar(3) NOT NULL,
        [CouponId] uniqueidentifier NULL,
        [CouponDiscountCents] bigint NULL,
        [GiftCardId] uniqueidentifier NULL,
        [GiftCardAmountCents] bigint NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_orders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_orders_customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [customers] ([Id]),
        CONSTRAINT [FK_orders_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [pending_commands] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [GameServerId] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [Command] nvarchar(max) NOT NULL,
        [PlayerUsername] nvarchar(100) NOT NULL,
        [PlayerUuid] nvarchar(64) NULL,
        [OnlineOnly] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExecutedAt] datetime2 NULL,
        [OrderItemId] uniqueidentifier NULL,
        [Stage] nvarchar(12) NOT NULL,
        [CancelledAt] datetime2 NULL,
        [LeasedUntil] datetime2 NULL,
        [LeaseToken] uniqueidentifier NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [FailedAt] datetime2 NULL,
        CONSTRAINT [PK_pending_commands] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_pending_commands_game_servers_GameServerId] FOREIGN KEY ([GameServerId]) REFERENCES [game_servers] ([Id]),
        CONSTRAINT [FK_pending_commands_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [sale_categories] (
        [SaleId] uniqueidentifier NOT NULL,
        [CategoryId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_sale_categories] PRIMARY KEY ([SaleId], [CategoryId]),
        CONSTRAINT [FK_sale_categories_categories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [categories] ([Id]),
        CONSTRAINT [FK_sale_categories_sales_SaleId] FOREIGN KEY ([SaleId]) REFERENCES [sales] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [webhook_deliveries] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [EndpointId] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [EventType] nvarchar(64) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [Status] nvarchar(12) NOT NULL,
        [AttemptCount] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LeaseToken] uniqueidentifier NULL,
        [LeaseExpiresAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CompletedAt] datetime2 NULL,
        [TraceParent] nvarchar(55) NULL,
        CONSTRAINT [PK_webhook_deliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_webhook_deliveries_webhook_endpoints_EndpointId] FOREIGN KEY ([EndpointId]) REFERENCES [webhook_endpoints] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [coupon_packages] (
        [CouponId] uniqueidentifier NOT NULL,
        [PackageId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_coupon_packages] PRIMARY KEY ([CouponId], [PackageId]),
        CONSTRAINT [FK_coupon_packages_coupons_CouponId] FOREIGN KEY ([CouponId]) REFERENCES [coupons] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_coupon_packages_packages_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [packages] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [package_commands] (
        [Id] uniqueidentifier NOT NULL,
        [PackageId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [Stage] nvarchar(10) NOT NULL,
        [Content] nvarchar(1000) NOT NULL,
        [OnlineOnly] bit NOT NULL,
        [ServerIds] nvarchar(4000) NULL,
        CONSTRAINT [PK_package_commands] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_package_commands_packages_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [packages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [package_servers] (
        [PackageId] uniqueidentifier NOT NULL,
        [GameServerId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_package_servers] PRIMARY KEY ([PackageId], [GameServerId]),
        CONSTRAINT [FK_package_servers_game_servers_GameServerId] FOREIGN KEY ([GameServerId]) REFERENCES [game_servers] ([Id]),
        CONSTRAINT [FK_package_servers_packages_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [packages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [sale_packages] (
        [SaleId] uniqueidentifier NOT NULL,
        [PackageId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_sale_packages] PRIMARY KEY ([SaleId], [PackageId]),
        CONSTRAINT [FK_sale_packages_packages_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [packages] ([Id]),
        CONSTRAINT [FK_sale_packages_sales_SaleId] FOREIGN KEY ([SaleId]) REFERENCES [sales] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [order_items] (
        [Id] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [PackageId] uniqueidentifier NOT NULL,
        [PackageName] nvarchar(100) NOT NULL,
        [Quantity] int NOT NULL,
        [PriceAtPurchaseCents] bigint NOT NULL,
        [ServerId] uniqueidentifier NULL,
        [RefundedAt] datetime2 NULL,
        [RefundId] uniqueidentifier NULL,
        [SubscriptionId] uniqueidentifier NULL,
        CONSTRAINT [PK_order_items] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_order_items_orders_OrderId] FOREIGN KEY ([OrderId]) REFERENCES [orders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [order_refunds] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [AmountCents] bigint NOT NULL,
        [GiftCardAmountCents] bigint NOT NULL,
        [Reason] nvarchar(500) NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_order_refunds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_order_refunds_orders_OrderId] FOREIGN KEY ([OrderId]) REFERENCES [orders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [subscriptions] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [OrderId] uniqueidentifier NOT NULL,
        [PlayerUsername] nvarchar(32) NOT NULL,
        [NormalizedUsername] nvarchar(32) NOT NULL,
        [PlayerUuid] nvarchar(36) NULL,
        [PackageId] uniqueidentifier NOT NULL,
        [PackageName] nvarchar(100) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [CurrentPeriodEnd] datetime2 NOT NULL,
        [GraceEndsAt] datetime2 NOT NULL,
        [CancelAtPeriodEnd] bit NOT NULL,
        [EndedAt] datetime2 NULL,
        [RenewalCount] int NOT NULL,
        [OrderItemId] uniqueidentifier NULL,
        CONSTRAINT [PK_subscriptions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_subscriptions_customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [customers] ([Id]),
        CONSTRAINT [FK_subscriptions_orders_OrderId] FOREIGN KEY ([OrderId]) REFERENCES [orders] ([Id]),
        CONSTRAINT [FK_subscriptions_stores_StoreId] FOREIGN KEY ([StoreId]) REFERENCES [stores] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE TABLE [webhook_delivery_attempts] (
        [Id] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [EndpointId] uniqueidentifier NOT NULL,
        [DeliveryId] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [EventType] nvarchar(64) NOT NULL,
        [Attempt] int NOT NULL,
        [StatusCode] int NULL,
        [DurationMs] bigint NOT NULL,
        [Succeeded] bit NOT NULL,
        [Error] nvarchar(500) NULL,
        [AttemptedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_webhook_delivery_attempts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_webhook_delivery_attempts_webhook_deliveries_DeliveryId] FOREIGN KEY ([DeliveryId]) REFERENCES [webhook_deliveries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_api_keys_StoreId_SecretHash] ON [api_keys] ([StoreId], [SecretHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_audit_entries_CreatedAt] ON [audit_entries] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_audit_entries_StoreId_ActorApiKeyId_CreatedAt] ON [audit_entries] ([StoreId], [ActorApiKeyId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_audit_entries_StoreId_CreatedAt] ON [audit_entries] ([StoreId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_audit_entries_StoreId_TargetType_TargetId_CreatedAt] ON [audit_entries] ([StoreId], [TargetType], [TargetId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_bans_StoreId_CreatedAt_Id] ON [bans] ([StoreId], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_bans_StoreId_IpAddress] ON [bans] ([StoreId], [IpAddress]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_bans_StoreId_NormalizedUsername] ON [bans] ([StoreId], [NormalizedUsername]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_bans_StoreId_PlayerUuid] ON [bans] ([StoreId], [PlayerUuid]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_categories_StoreId_SortOrder] ON [categories] ([StoreId], [SortOrder]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_coupon_categories_CategoryId] ON [coupon_categories] ([CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_coupon_packages_PackageId] ON [coupon_packages] ([PackageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_coupons_StoreId_CreatedAt_Id] ON [coupons] ([StoreId], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_coupons_StoreId_NormalizedCode] ON [coupons] ([StoreId], [NormalizedCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_customers_StoreId_FirstSeenAt_Id] ON [customers] ([StoreId], [FirstSeenAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_customers_StoreId_IdentityKey] ON [customers] ([StoreId], [IdentityKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_customers_StoreId_LastPurchaseAt_Id] ON [customers] ([StoreId], [LastPurchaseAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_customers_StoreId_NormalizedUsername_Id] ON [customers] ([StoreId], [NormalizedUsername], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_customers_StoreId_PlayerUuid] ON [customers] ([StoreId], [PlayerUuid]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_customers_StoreId_TotalSpentCents_Id] ON [customers] ([StoreId], [TotalSpentCents], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_game_servers_KeyHash] ON [game_servers] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_game_servers_StoreId] ON [game_servers] ([StoreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_gift_cards_StoreId_CodeHash] ON [gift_cards] ([StoreId], [CodeHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_gift_cards_StoreId_CreatedAt_Id] ON [gift_cards] ([StoreId], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_idempotency_keys_ExpiresAt] ON [idempotency_keys] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_order_items_OrderId] ON [order_items] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_order_items_PackageId] ON [order_items] ([PackageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_order_refunds_OrderId] ON [order_refunds] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_orders_CustomerId_CouponId] ON [orders] ([CustomerId], [CouponId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_orders_StoreId_CouponId_CreatedAt_Id] ON [orders] ([StoreId], [CouponId], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_orders_StoreId_CreatedAt_Id] ON [orders] ([StoreId], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_orders_StoreId_NormalizedUsername_CreatedAt_Id] ON [orders] ([StoreId], [NormalizedUsername], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_orders_StoreId_PlayerUuid_CreatedAt_Id] ON [orders] ([StoreId], [PlayerUuid], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_orders_StoreId_Status_CreatedAt_Id] ON [orders] ([StoreId], [Status], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_package_commands_PackageId] ON [package_commands] ([PackageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_package_servers_GameServerId] ON [package_servers] ([GameServerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_packages_CategoryId] ON [packages] ([CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_packages_StoreId_SortOrder] ON [packages] ([StoreId], [SortOrder]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_pending_commands_GameServerId_ExecutedAt_CreatedAt] ON [pending_commands] ([GameServerId], [ExecutedAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_pending_commands_LeaseToken] ON [pending_commands] ([LeaseToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_pending_commands_OrderId] ON [pending_commands] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_pending_commands_StoreId] ON [pending_commands] ([StoreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_sale_categories_CategoryId] ON [sale_categories] ([CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_sale_packages_PackageId] ON [sale_packages] ([PackageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_sales_StoreId_EndDate] ON [sales] ([StoreId], [EndDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_sales_StoreId_StartDate_Id] ON [sales] ([StoreId], [StartDate], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_store_changes_At] ON [store_changes] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_store_events_CreatedAt] ON [store_events] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_store_events_StoreId_CreatedAt_Id] ON [store_events] ([StoreId], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_store_invitations_NormalizedEmail_Status] ON [store_invitations] ([NormalizedEmail], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_store_invitations_StoreId_NormalizedEmail] ON [store_invitations] ([StoreId], [NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_store_members_StoreId_UserId] ON [store_members] ([StoreId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_store_members_UserId] ON [store_members] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_CustomerId] ON [subscriptions] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_OrderId] ON [subscriptions] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_Status_GraceEndsAt_Id] ON [subscriptions] ([Status], [GraceEndsAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_StoreId_NormalizedUsername_StartedAt_Id] ON [subscriptions] ([StoreId], [NormalizedUsername], [StartedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_StoreId_PlayerUuid] ON [subscriptions] ([StoreId], [PlayerUuid]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_StoreId_StartedAt_Id] ON [subscriptions] ([StoreId], [StartedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_subscriptions_StoreId_Status_StartedAt_Id] ON [subscriptions] ([StoreId], [Status], [StartedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_users_NormalizedEmail] ON [users] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_deliveries_CompletedAt] ON [webhook_deliveries] ([CompletedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_deliveries_EndpointId] ON [webhook_deliveries] ([EndpointId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_deliveries_EventId_EndpointId] ON [webhook_deliveries] ([EventId], [EndpointId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_deliveries_Status_NextAttemptAt] ON [webhook_deliveries] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_delivery_attempts_AttemptedAt] ON [webhook_delivery_attempts] ([AttemptedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_delivery_attempts_DeliveryId] ON [webhook_delivery_attempts] ([DeliveryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_delivery_attempts_EndpointId_AttemptedAt] ON [webhook_delivery_attempts] ([EndpointId], [AttemptedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    CREATE INDEX [IX_webhook_endpoints_StoreId_CreatedAt] ON [webhook_endpoints] ([StoreId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_orders] ON [orders] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], N''orders:'' + [Status] AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted UNION ALL SELECT [StoreId], N''orders:'' + [Status], CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; IF @@ROWCOUNT = 0 RETURN; UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], N'orders:' + [Status], COUNT_BIG(*) FROM [orders] GROUP BY [StoreId], [Status]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_subscriptions] ON [subscriptions] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], N''subscriptions:'' + [Status] AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted UNION ALL SELECT [StoreId], N''subscriptions:'' + [Status], CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; IF @@ROWCOUNT = 0 RETURN; UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], N'subscriptions:' + [Status], COUNT_BIG(*) FROM [subscriptions] GROUP BY [StoreId], [Status]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_customers] ON [customers] AFTER INSERT, DELETE AS BEGIN SET NOCOUNT ON; DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], N''customers'' AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted UNION ALL SELECT [StoreId], N''customers'', CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; IF @@ROWCOUNT = 0 RETURN; UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], N'customers', COUNT_BIG(*) FROM [customers] GROUP BY [StoreId]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_bans] ON [bans] AFTER INSERT, DELETE AS BEGIN SET NOCOUNT ON; DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], N''bans'' AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted UNION ALL SELECT [StoreId], N''bans'', CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; IF @@ROWCOUNT = 0 RETURN; UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], N'bans', COUNT_BIG(*) FROM [bans] GROUP BY [StoreId]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_coupons] ON [coupons] AFTER INSERT, DELETE AS BEGIN SET NOCOUNT ON; DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], N''coupons'' AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted UNION ALL SELECT [StoreId], N''coupons'', CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; IF @@ROWCOUNT = 0 RETURN; UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], N'coupons', COUNT_BIG(*) FROM [coupons] GROUP BY [StoreId]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_gift_cards] ON [gift_cards] AFTER INSERT, DELETE AS BEGIN SET NOCOUNT ON; DECLARE @d TABLE ([StoreId] uniqueidentifier NOT NULL, [Name] nvarchar(40) NOT NULL, [Delta] bigint NOT NULL, PRIMARY KEY ([StoreId], [Name])); INSERT INTO @d SELECT [StoreId], [Name], SUM([Delta]) FROM (SELECT [StoreId], N''gift_cards'' AS [Name], CAST(1 AS bigint) AS [Delta] FROM inserted UNION ALL SELECT [StoreId], N''gift_cards'', CAST(-1 AS bigint) FROM deleted) m GROUP BY [StoreId], [Name] HAVING SUM([Delta]) <> 0; IF @@ROWCOUNT = 0 RETURN; UPDATE c SET [Count] = c.[Count] + d.[Delta] FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) JOIN @d d ON c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0; INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT d.[StoreId], d.[Name], d.[Delta] FROM @d d WHERE d.[Delta] > 0 AND NOT EXISTS (SELECT 1 FROM [store_counts] c WITH (UPDLOCK, SERIALIZABLE) WHERE c.[StoreId] = d.[StoreId] AND c.[Name] = d.[Name] AND c.[Slot] = 0); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [store_counts] ([StoreId], [Name], [Count]) SELECT [StoreId], N'gift_cards', COUNT_BIG(*) FROM [gift_cards] GROUP BY [StoreId]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    EXEC(N'CREATE TRIGGER [store_counts_stores] ON [stores] AFTER DELETE AS BEGIN SET NOCOUNT ON; DELETE FROM [store_counts] WHERE [StoreId] IN (SELECT [Id] FROM deleted); END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208015320_Baseline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208015320_Baseline', N'10.0.15');
END;

COMMIT;
GO

