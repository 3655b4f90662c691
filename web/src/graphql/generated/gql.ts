/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer { id displayName role email plan reputation }\n  }\n": typeof types.ViewerDocument,
    "\n  query Home($first: Int!, $after: String, $categoryId: ID) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount }\n  }\n": typeof types.CategoryBySlugDocument,
    "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id title bodyHtml status meTooCount answerCount createdAt lastActivityAt\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      answers(first: 50) {\n        edges {\n          node {\n            id bodyHtml score isAccepted isOfficial createdAt\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.TopicPageDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n": typeof types.LogOutDocument,
    "\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email role reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n": typeof types.ChangeUserRoleDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer { id displayName role email plan reputation }\n  }\n": types.ViewerDocument,
    "\n  query Home($first: Int!, $after: String, $categoryId: ID) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.HomeDocument,
    "\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount }\n  }\n": types.CategoryBySlugDocument,
    "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id title bodyHtml status meTooCount answerCount createdAt lastActivityAt\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      answers(first: 50) {\n        edges {\n          node {\n            id bodyHtml score isAccepted isOfficial createdAt\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.TopicPageDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n": types.LogOutDocument,
    "\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email role reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n": types.ChangeUserRoleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id displayName role email plan reputation }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { id displayName role email plan reputation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($first: Int!, $after: String, $categoryId: ID) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Home($first: Int!, $after: String, $categoryId: ID) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount }\n  }\n"): (typeof documents)["\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id title bodyHtml status meTooCount answerCount createdAt lastActivityAt\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      answers(first: 50) {\n        edges {\n          node {\n            id bodyHtml score isAccepted isOfficial createdAt\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id title bodyHtml status meTooCount answerCount createdAt lastActivityAt\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      answers(first: 50) {\n        edges {\n          node {\n            id bodyHtml score isAccepted isOfficial createdAt\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email role reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email role reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;