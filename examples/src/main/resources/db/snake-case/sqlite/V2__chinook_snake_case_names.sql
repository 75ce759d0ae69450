-- SQLite's Chinook spells its names in Pascal case (Album.ArtistId), PostgreSQL's in snake case
-- (album.artist_id). This renames SQLite's to PostgreSQL's, so that both databases have the same
-- schema and the music store's one generated package and one set of queries run on either.
-- SQLite compares names case-insensitively: a table whose name changes only in case goes through
-- a temporary name. Indexes and foreign keys follow the renamed tables and columns.

ALTER TABLE "Album" RENAME COLUMN "AlbumId" TO "album_id";
ALTER TABLE "Album" RENAME COLUMN "Title" TO "title";
ALTER TABLE "Album" RENAME COLUMN "ArtistId" TO "artist_id";
ALTER TABLE "Album" RENAME TO "album_renamed";
ALTER TABLE "album_renamed" RENAME TO "album";

ALTER TABLE "Artist" RENAME COLUMN "ArtistId" TO "artist_id";
ALTER TABLE "Artist" RENAME COLUMN "Name" TO "name";
ALTER TABLE "Artist" RENAME TO "artist_renamed";
ALTER TABLE "artist_renamed" RENAME TO "artist";

ALTER TABLE "Customer" RENAME COLUMN "CustomerId" TO "customer_id";
ALTER TABLE "Customer" RENAME COLUMN "FirstName" TO "first_name";
ALTER TABLE "Customer" RENAME COLUMN "LastName" TO "last_name";
ALTER TABLE "Customer" RENAME COLUMN "Company" TO "company";
ALTER TABLE "Customer" RENAME COLUMN "Address" TO "address";
ALTER TABLE "Customer" RENAME COLUMN "City" TO "city";
ALTER TABLE "Customer" RENAME COLUMN "State" TO "state";
ALTER TABLE "Customer" RENAME COLUMN "Country" TO "country";
ALTER TABLE "Customer" RENAME COLUMN "PostalCode" TO "postal_code";
ALTER TABLE "Customer" RENAME COLUMN "Phone" TO "phone";
ALTER TABLE "Customer" RENAME COLUMN "Fax" TO "fax";
ALTER TABLE "Customer" RENAME COLUMN "Email" TO "email";
ALTER TABLE "Customer" RENAME COLUMN "SupportRepId" TO "support_rep_id";
ALTER TABLE "Customer" RENAME TO "customer_renamed";
ALTER TABLE "customer_renamed" RENAME TO "customer";

ALTER TABLE "Employee" RENAME COLUMN "EmployeeId" TO "employee_id";
ALTER TABLE "Employee" RENAME COLUMN "LastName" TO "last_name";
ALTER TABLE "Employee" RENAME COLUMN "FirstName" TO "first_name";
ALTER TABLE "Employee" RENAME COLUMN "Title" TO "title";
ALTER TABLE "Employee" RENAME COLUMN "ReportsTo" TO "reports_to";
ALTER TABLE "Employee" RENAME COLUMN "BirthDate" TO "birth_date";
ALTER TABLE "Employee" RENAME COLUMN "HireDate" TO "hire_date";
ALTER TABLE "Employee" RENAME COLUMN "Address" TO "address";
ALTER TABLE "Employee" RENAME COLUMN "City" TO "city";
ALTER TABLE "Employee" RENAME COLUMN "State" TO "state";
ALTER TABLE "Employee" RENAME COLUMN "Country" TO "country";
ALTER TABLE "Employee" RENAME COLUMN "PostalCode" TO "postal_code";
ALTER TABLE "Employee" RENAME COLUMN "Phone" TO "phone";
ALTER TABLE "Employee" RENAME COLUMN "Fax" TO "fax";
ALTER TABLE "Employee" RENAME COLUMN "Email" TO "email";
ALTER TABLE "Employee" RENAME TO "employee_renamed";
ALTER TABLE "employee_renamed" RENAME TO "employee";

ALTER TABLE "Genre" RENAME COLUMN "GenreId" TO "genre_id";
ALTER TABLE "Genre" RENAME COLUMN "Name" TO "name";
ALTER TABLE "Genre" RENAME TO "genre_renamed";
ALTER TABLE "genre_renamed" RENAME TO "genre";

ALTER TABLE "Invoice" RENAME COLUMN "InvoiceId" TO "invoice_id";
ALTER TABLE "Invoice" RENAME COLUMN "CustomerId" TO "customer_id";
ALTER TABLE "Invoice" RENAME COLUMN "InvoiceDate" TO "invoice_date";
ALTER TABLE "Invoice" RENAME COLUMN "BillingAddress" TO "billing_address";
ALTER TABLE "Invoice" RENAME COLUMN "BillingCity" TO "billing_city";
ALTER TABLE "Invoice" RENAME COLUMN "BillingState" TO "billing_state";
ALTER TABLE "Invoice" RENAME COLUMN "BillingCountry" TO "billing_country";
ALTER TABLE "Invoice" RENAME COLUMN "BillingPostalCode" TO "billing_postal_code";
ALTER TABLE "Invoice" RENAME COLUMN "Total" TO "total";
ALTER TABLE "Invoice" RENAME TO "invoice_renamed";
ALTER TABLE "invoice_renamed" RENAME TO "invoice";

ALTER TABLE "InvoiceLine" RENAME COLUMN "InvoiceLineId" TO "invoice_line_id";
ALTER TABLE "InvoiceLine" RENAME COLUMN "InvoiceId" TO "invoice_id";
ALTER TABLE "InvoiceLine" RENAME COLUMN "TrackId" TO "track_id";
ALTER TABLE "InvoiceLine" RENAME COLUMN "UnitPrice" TO "unit_price";
ALTER TABLE "InvoiceLine" RENAME COLUMN "Quantity" TO "quantity";
ALTER TABLE "InvoiceLine" RENAME TO "invoice_line";

ALTER TABLE "MediaType" RENAME COLUMN "MediaTypeId" TO "media_type_id";
ALTER TABLE "MediaType" RENAME COLUMN "Name" TO "name";
ALTER TABLE "MediaType" RENAME TO "media_type";

ALTER TABLE "Playlist" RENAME COLUMN "PlaylistId" TO "playlist_id";
ALTER TABLE "Playlist" RENAME COLUMN "Name" TO "name";
ALTER TABLE "Playlist" RENAME TO "playlist_renamed";
ALTER TABLE "playlist_renamed" RENAME TO "playlist";

ALTER TABLE "PlaylistTrack" RENAME COLUMN "PlaylistId" TO "playlist_id";
ALTER TABLE "PlaylistTrack" RENAME COLUMN "TrackId" TO "track_id";
ALTER TABLE "PlaylistTrack" RENAME TO "playlist_track";

ALTER TABLE "Track" RENAME COLUMN "TrackId" TO "track_id";
ALTER TABLE "Track" RENAME COLUMN "Name" TO "name";
ALTER TABLE "Track" RENAME COLUMN "AlbumId" TO "album_id";
ALTER TABLE "Track" RENAME COLUMN "MediaTypeId" TO "media_type_id";
ALTER TABLE "Track" RENAME COLUMN "GenreId" TO "genre_id";
ALTER TABLE "Track" RENAME COLUMN "Composer" TO "composer";
ALTER TABLE "Track" RENAME COLUMN "Milliseconds" TO "milliseconds";
ALTER TABLE "Track" RENAME COLUMN "Bytes" TO "bytes";
ALTER TABLE "Track" RENAME COLUMN "UnitPrice" TO "unit_price";
ALTER TABLE "Track" RENAME TO "track_renamed";
ALTER TABLE "track_renamed" RENAME TO "track";
