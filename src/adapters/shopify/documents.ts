// The GraphQL documents this adapter sends, validated in test/vendors against
// the Customer Account and Storefront schemas that @shopify/hydrogen-react ships.

const MONEY = 'amount currencyCode';

export const ORDER_QUERY = `query AftercareOrder($id: ID!) {
  order(id: $id) {
    id name processedAt cancelledAt statusPageUrl
    totalPrice { ${MONEY} }
    customer { id displayName }
    lineItems(first: 100) {
      nodes { id productId variantId title variantTitle quantity image { url } price { ${MONEY} } }
    }
    fulfillments(first: 20) {
      nodes {
        id createdAt estimatedDeliveryAt latestShipmentStatus
        trackingInformation { company number url }
        fulfillmentLineItems(first: 100) { nodes { quantity lineItem { id } } }
        events(first: 50) { nodes { id happenedAt status } }
      }
    }
  }
}`;

export const RETURN_OPTIONS_QUERY = `query AftercareReturnOptions($id: ID!) {
  order(id: $id) {
    id
    totalPrice { ${MONEY} }
    returnInformation {
      returnShippingMethods
      returnableLineItems(first: 100) {
        nodes {
          quantity
          lineItem { id suggestedReturnReasonDefinitions(first: 20) { nodes { id handle name } } }
        }
      }
      nonReturnableLineItems(first: 100) {
        nodes { quantity lineItem { id } quantityDetails { quantity reasonCode } }
      }
    }
  }
}`;

const RETURN_FIELDS = `fragment AftercareReturn on Return {
  id name status createdAt
  decline { reason note }
  reverseDeliveries(first: 5) {
    nodes {
      id
      deliverable {
        ... on ReverseDeliveryShippingDeliverable {
          label { publicFileUrl }
          tracking { carrierName trackingNumber trackingUrl }
        }
      }
    }
  }
}`;

export const REQUEST_RETURN_MUTATION = `mutation AftercareRequestReturn($orderId: ID!, $items: [RequestedLineItemInput!]!) {
  orderRequestReturn(orderId: $orderId, requestedLineItems: $items) {
    return { ...AftercareReturn }
    userErrors { code field message }
  }
}
${RETURN_FIELDS}`;

export const RETURN_QUERY = `query AftercareReturn($id: ID!) {
  return(id: $id) { ...AftercareReturn }
  customer {
    orders(first: 50, sortKey: PROCESSED_AT, reverse: true) { nodes { id returns(first: 20) { nodes { id } } } }
  }
}
${RETURN_FIELDS}`;

export const RECOMMENDATIONS_QUERY = `query AftercareRecommendations($productId: ID!, $intent: ProductRecommendationIntent) {
  productRecommendations(productId: $productId, intent: $intent) {
    id title onlineStoreUrl
    featuredImage { url }
    priceRange { minVariantPrice { ${MONEY} } }
    compareAtPriceRange { minVariantPrice { ${MONEY} } }
  }
}`;
